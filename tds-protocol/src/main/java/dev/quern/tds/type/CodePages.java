package dev.quern.tds.type;

import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Code pages of SQL Server collations: by SQL sort order id (SQL_* collations) and by Windows LCID
 * (Windows collations), for the locales SQL Server ships collations for.
 */
final class CodePages {
  private static final int DEFAULT_CODE_PAGE = 1252;

  private CodePages() {}

  /** The code page of a SQL collation's sort order, as listed by SQL Server's sort order ids. */
  static int forSortId(int sortId) {
    if (sortId >= 30 && sortId <= 34) {
      return 437;
    }
    if ((sortId >= 40 && sortId <= 44) || sortId == 49 || (sortId >= 55 && sortId <= 61)) {
      return 850;
    }
    if ((sortId >= 51 && sortId <= 54) || (sortId >= 183 && sortId <= 186)) {
      return 1252;
    }
    if (sortId >= 80 && sortId <= 96) {
      return 1250;
    }
    if (sortId >= 104 && sortId <= 108) {
      return 1251;
    }
    if (sortId >= 112 && sortId <= 124) {
      return 1253;
    }
    if (sortId >= 128 && sortId <= 130) {
      return 1254;
    }
    if (sortId >= 136 && sortId <= 138) {
      return 1255;
    }
    if (sortId >= 144 && sortId <= 146) {
      return 1256;
    }
    if (sortId >= 152 && sortId <= 160) {
      return 1257;
    }
    return DEFAULT_CODE_PAGE;
  }

  /** The ANSI code page of a Windows locale id. */
  static int forLcid(int lcid) {
    int language = lcid & 0x3FF;
    return switch (language) {
      // Chinese: PRC and Singapore are simplified (936); Taiwan, Hong Kong, Macao traditional (950).
      case 0x04 -> (lcid == 0x0804 || lcid == 0x1004) ? 936 : 950;
      case 0x11 -> 932; // Japanese
      case 0x12 -> 949; // Korean
      case 0x1E -> 874; // Thai
      case 0x2A -> 1258; // Vietnamese
      case 0x05, 0x0E, 0x15, 0x18, 0x1B, 0x24, 0x1C -> 1250; // cs, hu, pl, ro, sk, sl, sq
      case 0x1A -> (lcid == 0x0C1A || lcid == 0x201A || lcid == 0x1C1A) ? 1251 : 1250; // hr/sr/bs
      case 0x19, 0x22, 0x02, 0x23, 0x2F, 0x3F, 0x40, 0x44, 0x50, 0x6D, 0x85 -> 1251;
      case 0x08 -> 1253; // Greek
      case 0x1F, 0x2C, 0x43 -> lcid == 0x082C || lcid == 0x0843 ? 1251 : 1254; // tr, az, uz
      case 0x0D -> 1255; // Hebrew
      case 0x01, 0x20, 0x29, 0x8C, 0x80 -> 1256; // ar, ur, fa, prs, ug
      case 0x25, 0x26, 0x27 -> 1257; // et, lv, lt
      default -> DEFAULT_CODE_PAGE;
    };
  }

  /** The JDK charset of a Windows code page. */
  static Charset charset(int codePage) {
    String name =
        switch (codePage) {
          case 437 -> "IBM437";
          case 850 -> "IBM850";
          case 874 -> "x-windows-874";
          case 932 -> "windows-31j";
          case 936 -> "GBK";
          case 949 -> "x-windows-949";
          case 950 -> "x-windows-950";
          default -> "windows-" + codePage;
        };
    try {
      return Charset.forName(name);
    } catch (UnsupportedCharsetException e) {
      return Charset.forName("windows-1252");
    }
  }
}
