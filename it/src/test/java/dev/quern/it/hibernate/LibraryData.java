package dev.quern.it.hibernate;

import dev.quern.it.hibernate.LibraryModel.Address;
import dev.quern.it.hibernate.LibraryModel.Author;
import dev.quern.it.hibernate.LibraryModel.Book;
import dev.quern.it.hibernate.LibraryModel.Car;
import dev.quern.it.hibernate.LibraryModel.Checking;
import dev.quern.it.hibernate.LibraryModel.Genre;
import dev.quern.it.hibernate.LibraryModel.Label;
import dev.quern.it.hibernate.LibraryModel.Savings;
import dev.quern.it.hibernate.LibraryModel.Truck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.SessionFactory;

/**
 * The seed rows every Hibernate test starts from: one author ("ann") with tags and three books
 * T0..T2 (prices 10.00, 20.50, 30.25; T0 in two genres, the others in "sf"), a label, a car and a
 * truck, a savings and a checking account.
 */
public final class LibraryData {
  public static final LocalDateTime UPDATED_AT = LocalDateTime.of(2021, 3, 4, 5, 6, 7, 123_456_700);
  public static final OffsetDateTime OFFSET_AT = OffsetDateTime.of(2021, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(2));
  public static final Instant INSTANT_AT = Instant.parse("2022-01-01T10:00:00Z");
  public static final String SUMMARY = "a long summary ".repeat(700);
  public static final byte[] COVER = cover();

  /** The generated ids of what {@link #seed} stored. */
  public record Ids(long author, long firstBook, UUID label, long car, long savings) {}

  private LibraryData() {}

  public static Ids seed(SessionFactory f) {
    return f.fromTransaction(s -> {
      Author ann = new Author();
      ann.handle = "ann";
      ann.name = "Ann";
      ann.address = new Address("1 Main St", "Oslo");
      ann.tags.add("poet");
      ann.tags.add("novelist");
      s.persist(ann);
      Genre sf = genre("sf");
      Genre crime = genre("crime");
      s.persist(sf);
      s.persist(crime);
      String[] prices = {"10.00", "20.50", "30.25"};
      for (int i = 0; i < 3; i++) {
        Book b = new Book();
        b.title = "T" + i;
        b.price = new BigDecimal(prices[i]);
        b.published = LocalDate.of(2020, 1, 2 + i);
        b.updatedAt = UPDATED_AT.plusHours(i);
        b.offsetAt = OFFSET_AT;
        b.instantAt = INSTANT_AT;
        b.readingTime = Duration.ofMinutes(90);
        b.summary = SUMMARY;
        b.cover = COVER;
        b.author = ann;
        b.genres.add(sf);
        if (i == 0) {
          b.genres.add(crime);
        }
        ann.books.add(b);
        s.persist(b);
      }
      Label label = new Label();
      label.text = "first";
      s.persist(label);
      Car car = new Car();
      car.maker = "volvo";
      car.doors = 4;
      s.persist(car);
      Truck truck = new Truck();
      truck.maker = "scania";
      truck.payload = 12.5;
      s.persist(truck);
      Savings savings = new Savings();
      savings.owner = "olga";
      savings.rate = new BigDecimal("1.50");
      s.persist(savings);
      Checking checking = new Checking();
      checking.owner = "per";
      checking.overdraft = new BigDecimal("100.00");
      s.persist(checking);
      s.flush();
      return new Ids(ann.id, ann.books.getFirst().id, label.id, car.id, savings.id);
    });
  }

  private static Genre genre(String name) {
    Genre g = new Genre();
    g.name = name;
    return g;
  }

  private static byte[] cover() {
    byte[] b = new byte[9000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 31);
    }
    return b;
  }
}
