package dev.quern.it.hibernate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;

/**
 * The entities of a small library, one per mapping feature the Hibernate tests exercise. Fields
 * are public so the tests read them without accessors; Hibernate uses field access (the ids are
 * annotated on fields).
 */
public final class LibraryModel {
  private LibraryModel() {}

  /** Every entity class, in the order a configuration adds them. */
  public static final List<Class<?>> ENTITIES = List.of(
      Author.class, Book.class, Genre.class, Label.class, Vehicle.class, Car.class, Truck.class,
      Account.class, Savings.class, Checking.class);

  /** Stored by name in one column and by ordinal in another. */
  public enum Status { ACTIVE, RETIRED }

  /** Two columns inlined into the owner's table. */
  @Embeddable
  public static class Address {
    public String street;
    public String city;

    public Address() {}

    public Address(String street, String city) {
      this.street = street;
      this.city = city;
    }
  }

  /** IDENTITY id, natural id, version, enums, embeddable, element collection, formula. */
  @Entity(name = "Author")
  @Table(name = "author")
  public static class Author {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @NaturalId @Column(length = 40) public String handle;
    @Column(nullable = false, length = 100) public String name;
    @Version public int version;
    @Enumerated(EnumType.STRING) @Column(length = 10) public Status status = Status.ACTIVE;
    @Enumerated(EnumType.ORDINAL) public Status ordinalStatus = Status.ACTIVE;
    @Embedded public Address address;
    @OneToMany(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<Book> books = new ArrayList<>();
    @ElementCollection @CollectionTable(name = "author_tag") @Column(name = "tag", length = 30)
    public Set<String> tags = new HashSet<>();
    @Formula("(select count(*) from book b where b.author_id = id)") public Integer bookCount;
  }

  /** SEQUENCE id (pooled, 5 at a time), numbers, java.time types, LOBs, both association kinds. */
  @Entity(name = "Book")
  @Table(name = "book", indexes = @Index(name = "ix_book_title", columnList = "title"))
  public static class Book {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_seq")
    @SequenceGenerator(name = "book_seq", sequenceName = "book_seq", allocationSize = 5)
    public Long id;
    @Column(length = 200) public String title;
    @Column(precision = 12, scale = 2) public BigDecimal price;
    public LocalDate published;
    public LocalDateTime updatedAt;
    public OffsetDateTime offsetAt;
    public Instant instantAt;
    public Duration readingTime;
    @Lob public String summary;
    @Lob public byte[] cover;
    @ManyToOne(fetch = FetchType.LAZY) public Author author;
    @ManyToMany @JoinTable(name = "book_genre") public Set<Genre> genres = new HashSet<>();
  }

  /** TABLE id generator (a row in id_gen read with UPDLOCK), unique name. */
  @Entity(name = "Genre")
  @Table(name = "genre")
  public static class Genre {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "genre_gen")
    @TableGenerator(name = "genre_gen", table = "id_gen", pkColumnName = "gen_name",
        valueColumnName = "gen_val", pkColumnValue = "genre", allocationSize = 10)
    public Long id;
    @Column(unique = true, length = 50) public String name;
  }

  /** UUID id (uniqueidentifier). */
  @Entity(name = "Label")
  @Table(name = "label")
  public static class Label {
    @Id @GeneratedValue(strategy = GenerationType.UUID) public UUID id;
    public String text;
  }

  /** SINGLE_TABLE inheritance with a discriminator column. */
  @Entity(name = "Vehicle")
  @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
  @DiscriminatorColumn(name = "kind")
  public static class Vehicle {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    public String maker;
  }

  @Entity(name = "Car")
  @DiscriminatorValue("car")
  public static class Car extends Vehicle {
    public Integer doors;
  }

  @Entity(name = "Truck")
  @DiscriminatorValue("truck")
  public static class Truck extends Vehicle {
    public Double payload;
  }

  /** JOINED inheritance: one table per class, joined on the id. */
  @Entity(name = "Account")
  @Inheritance(strategy = InheritanceType.JOINED)
  public static class Account {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) public Long id;
    public String owner;
  }

  @Entity(name = "Savings")
  public static class Savings extends Account {
    @Column(precision = 5, scale = 2) public BigDecimal rate;
  }

  @Entity(name = "Checking")
  public static class Checking extends Account {
    @Column(precision = 12, scale = 2) public BigDecimal overdraft;
  }
}
