package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of the encryption hierarchy (master keys, certificates, symmetric keys), with SQL
 * Server's numbers and texts (sys.messages 152xx–155xx). Several are severity 10 in sys.messages
 * but SQL Server raises them at 16, as here.
 */
public final class EncryptionErrors {
  private EncryptionErrors() {}

  private static ErrorTemplate e(int n, int st, String text) {
    return new ErrorTemplate(n, 16, st, text, STATEMENT);
  }

  public static final ErrorTemplate SUBJECT_LENGTH =
      e(15212, 1, "Invalid certificate subject. The certificate subject must have between 1 and %d characters.");
  public static final ErrorTemplate CERTIFICATE_EXISTS = e(15232, 1,
      "A certificate with name '%s' already exists or this certificate already has been added to the database.");
  public static final ErrorTemplate FILE_NOT_VALID = e(15208, 1,
      "The certificate, asymmetric key, or private key file is not valid or does not exist; or you do not have permissions for it.");
  public static final ErrorTemplate FILE_NOT_WRITABLE = e(15240, 1,
      "Cannot write into file '%s'. Verify that you have write permissions, that the file path is valid, and that the file does not already exist.");
  public static final ErrorTemplate NO_PRIVATE_KEY_TO_DUMP =
      e(15246, 1, "Cannot dump the private key of certificate '%s' because the private key cannot be found.");
  public static final ErrorTemplate KEY_EXISTS = e(15282, 1,
      "A key with name '%s' or user defined unique identifier already exists or you do not have permissions to create it.");
  public static final ErrorTemplate PRIVATE_KEY_ALREADY_SET = e(15332, 1,
      "The private key is already set for this file. To change it you should drop and re-create the certificate.");
  public static final ErrorTemplate PRIVATE_KEY_PASSWORD_INVALID = e(15465, 1, "The private key password is invalid.");
  public static final ErrorTemplate WRONG_DECRYPTOR = e(15313, 1, "The key is not encrypted using the specified decryptor.");
  public static final ErrorTemplate UNSUPPORTED_ALGORITHM = e(15314, 1,
      "Either no algorithm has been specified or the bitlength and the algorithm specified for the key are not available in this installation of this operating system.");
  public static final ErrorTemplate MASTER_KEY_FILE_INVALID =
      e(15317, 1, "The master key file does not exist or has invalid format.");
  public static final ErrorTemplate MASTER_KEYS_IDENTICAL = new ErrorTemplate(15588, 10, 1,
      "The old and new master keys are identical. No data re-encryption is required.", STATEMENT);
  public static final ErrorTemplate KEY_NOT_OPEN = e(15315, 1, "The key '%s' is not open. Please open the key before using it.");
  public static final ErrorTemplate MASTER_KEY_UNREADABLE = e(15329, 1,
      "The current master key cannot be decrypted. If this is a database master key, you should attempt to open it in the session before performing this operation. The FORCE option can be used to ignore this error and continue the operation but the data encrypted by the old master key will be lost.");
  public static final ErrorTemplate IN_USE =
      e(15352, 1, "The %s cannot be dropped because one or more entities are either signed or encrypted using it.");
  public static final ErrorTemplate NOT_PASSWORD_PROTECTED =
      e(15397, 1, "The %s is not protected by a password. A decryption password cannot be used for this operation.");
  public static final ErrorTemplate DECRYPTION_FAILED = e(15466, 1, "An error occurred during decryption.");
  public static final ErrorTemplate PRIVATE_KEY_MISMATCH =
      e(15474, 1, "Invalid private key. The private key does not match the public key of the %s.");
  public static final ErrorTemplate NO_PRIVATE_KEY = e(15556, 1,
      "Cannot decrypt or encrypt using the specified %s, either because it has no private key or because the password provided for the private key is incorrect.");
  public static final ErrorTemplate ENCRYPTION_EXISTS = e(15557, 1, "There is already a %s by %s '%s'.");
  public static final ErrorTemplate CANNOT_DROP_ENCRYPTION = e(15558, 1, "Cannot drop %s by %s '%s'.");
  public static final ErrorTemplate ENCRYPTION_MAY_EXIST = e(15579, 1,
      "Adding an encryption to the symmetric key failed. An encryption by the same %s '%s' may already exist.");
  public static final ErrorTemplate MASTER_KEY_EXISTS =
      e(15578, 1, "There is already a master key in the database. Please drop it before performing this statement.");
  public static final ErrorTemplate MASTER_KEY_IN_USE = e(15580, 1, "Cannot drop %s because %s '%s' is encrypted by it.");
  public static final ErrorTemplate NO_MASTER_KEY = e(15581, 3,
      "Please create a master key in the database or open the master key in the session before performing this operation.");
}
