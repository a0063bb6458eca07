package org.carepath.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class SentRecorderTest {

  private final NotificationLog log = mock(NotificationLog.class);

  @Test
  void shouldRecordTheLetterOnceTheDatabaseAnswersAgain() {
    // given a database that refuses the first two writes
    var down = new CannotCreateTransactionException("database down");
    doThrow(down).doThrow(down).doNothing().when(log).sent("pi-1/Activity_Send/outcome", "carepath");

    // when
    new SentRecorder(log, Duration.ofMinutes(2)).record("pi-1/Activity_Send/outcome", "carepath");

    // then
    verify(log, times(3)).sent("pi-1/Activity_Send/outcome", "carepath");
  }

  @Test
  void shouldGiveUpWithinHalfTheLeaseSoNoOtherRunSendsMeanwhile() {
    // given a database that stays down
    doThrow(new CannotCreateTransactionException("database down")).when(log).sent("key", "carepath");

    // when, then: the failure reaches the step (its job fails), with the database's reason
    assertThatThrownBy(() -> new SentRecorder(log, Duration.ofMillis(1_000)).record("key", "carepath"))
        .isInstanceOf(CannotCreateTransactionException.class).hasMessage("database down");
    verify(log, atMost(2)).sent("key", "carepath"); // at 0 and after 200 ms; 400 ms more would pass 500 ms
  }

  @Test
  void shouldNotRetryWhatIsNotADatabaseFailure() {
    doThrow(new java.util.NoSuchElementException("no letter")).when(log).sent("key", "carepath");

    assertThatThrownBy(() -> new SentRecorder(log, Duration.ofMinutes(2)).record("key", "carepath"))
        .isInstanceOf(java.util.NoSuchElementException.class);
    verify(log, times(1)).sent("key", "carepath");
  }
}
