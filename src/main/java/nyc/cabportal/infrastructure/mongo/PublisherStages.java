package nyc.cabportal.infrastructure.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Turns the driver's Reactive Streams publishers into {@link CompletionStage}s, which is all the
 * portal needs: every query it makes returns one value or one bounded list.
 */
public final class PublisherStages {

  private PublisherStages() {}

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
}
