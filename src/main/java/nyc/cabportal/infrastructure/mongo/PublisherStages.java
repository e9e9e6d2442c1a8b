package nyc.cabportal.infrastructure.mongo;

import com.mongodb.MongoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import nyc.cabportal.domain.ride.StoreUnavailable;
import org.bson.Document;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Turns the driver's Reactive Streams publishers into {@link CompletionStage}s, which is all the
 * portal needs: every query it makes returns one value or one bounded list.
 */
public final class PublisherStages {

  /** How long a page or admin API waits for the store before answering that it is unavailable. */
  static final long TIMEOUT_SECONDS = 5;

  private PublisherStages() {}

  /**
   * Waits (at most {@value #TIMEOUT_SECONDS} s) for a bounded query's documents, for the callers
   * that answer a request synchronously (Faces pages, the admin API).
   *
   * @throws StoreUnavailable when the store fails or does not answer in time
   */
  public static <T> List<T> await(Publisher<T> query) {
    return await(list(query));
  }

  /** Waits for a stage as {@link #await(Publisher)} does. */
  public static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailable("interrupted while reading the store", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new StoreUnavailable(
          "the store did not answer: " + (e.getCause() != null ? e.getCause() : e), e);
    }
  }

  public static <T> CompletionStage<Optional<T>> first(Publisher<T> publisher) {
    return list(publisher).thenApply(l -> l.isEmpty() ? Optional.empty() : Optional.of(l.get(0)));
  }

  public static <T> CompletionStage<List<T>> list(Publisher<T> publisher) {
    CompletableFuture<List<T>> result = new CompletableFuture<>();
    publisher.subscribe(
        new Subscriber<T>() {
          private final List<T> items = new ArrayList<>();

          @Override
          public void onSubscribe(Subscription s) {
            s.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
          }

          @Override
          public void onError(Throwable t) {
            result.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            result.complete(items);
          }
        });
    return result;
  }

  /**
   * The publisher's single result mapped, or a failure as {@link StoreUnavailable}, for the
   * repositories' asynchronous calls.
   */
  static <T, R> CompletionStage<R> guard(Publisher<T> publisher, Function<T, R> map) {
    return first(publisher)
        .handle(
            (value, e) -> {
              if (e != null) {
                throw unavailable(e);
              }
              return map.apply(value.orElse(null));
            });
  }

  /** The publisher's documents mapped, or a failure as {@link StoreUnavailable}. */
  static <R> CompletionStage<List<R>> guardList(
      Publisher<Document> publisher, Function<Document, R> map) {
    return list(publisher)
        .handle(
            (docs, e) -> {
              if (e != null) {
                throw unavailable(e);
              }
              return docs.stream().map(map).toList();
            });
  }

  private static CompletionException unavailable(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    String why =
        cause instanceof MongoException ? cause.getClass().getSimpleName() : cause.toString();
    return new CompletionException(
        new StoreUnavailable("the ride store (MongoDB) is unavailable: " + why, cause));
  }
}
