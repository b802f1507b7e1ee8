package io.newsgraph.sink.neo4j;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SignInDeskTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final EmbeddedCredentials credentials = EmbeddedCredentials.random();
    final SignInDesk desk = new SignInDesk(credentials, "bolt://localhost:7687", "localhost", clock);

    @Test
    void aTokenSignsInOnceThenSaysItWasUsed() {
        String token = desk.issue();
        SignInDesk.Redemption first = desk.redeem(token);
        assertThat(first.outcome()).isEqualTo(SignInDesk.Outcome.SIGNED_IN);
        assertThat(first.credentials()).contains(credentials);
        assertThat(first.boltUri()).isEqualTo("bolt://localhost:7687");
        SignInDesk.Redemption second = desk.redeem(token);
        assertThat(second.outcome()).isEqualTo(SignInDesk.Outcome.USED);
        assertThat(second.credentials()).isEmpty();
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        String kept = desk.issue();
        String late = desk.issue();
        clock.now = clock.now.plus(SignInDesk.LIFETIME).minusSeconds(1);
        assertThat(desk.redeem(kept).outcome()).isEqualTo(SignInDesk.Outcome.SIGNED_IN);
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertThat(desk.redeem(late).outcome()).isEqualTo(SignInDesk.Outcome.EXPIRED);
        assertThat(desk.redeem(late).outcome()).isEqualTo(SignInDesk.Outcome.USED);
    }

    @Test
    void unknownNearMissAndMissingTokensAreRefused() {
        String token = desk.issue();
        assertThat(desk.redeem(null).outcome()).isEqualTo(SignInDesk.Outcome.UNKNOWN);
        assertThat(desk.redeem("").outcome()).isEqualTo(SignInDesk.Outcome.UNKNOWN);
        assertThat(desk.redeem(token.substring(1)).outcome()).isEqualTo(SignInDesk.Outcome.UNKNOWN);
        assertThat(desk.redeem(token + "x").outcome()).isEqualTo(SignInDesk.Outcome.UNKNOWN);
        assertThat(desk.redeem(token).outcome()).isEqualTo(SignInDesk.Outcome.SIGNED_IN);
    }

    @Test
    void tokensAndPasswordsAreLongAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = desk.issue();
            // 24 random bytes: 192 bits, over the 128 asked for, as 32 URL-safe characters.
            assertThat(token).hasSize(32).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(token)).isTrue();
            assertThat(seen.add(EmbeddedCredentials.random().password())).isTrue();
        }
    }

    @Test
    void onlyRequestsNamingThisMachineAreServed() {
        assertThat(desk.localHostHeader("localhost:7474")).isTrue();
        assertThat(desk.localHostHeader("127.0.0.1:7474")).isTrue();
        assertThat(desk.localHostHeader("[::1]:7474")).isTrue();
        assertThat(desk.localHostHeader("LOCALHOST")).isTrue();
        assertThat(desk.localHostHeader("evil.example:7474")).isFalse();
        assertThat(desk.localHostHeader("localhost.evil.example:7474")).isFalse();
        assertThat(desk.localHostHeader(null)).isFalse();
    }

    @Test
    void credentialsAndSettingsNeverPrintThePassword() {
        assertThat(credentials.toString()).doesNotContain(credentials.password()).contains("hidden");
        EmbeddedSettings s = new EmbeddedSettings(java.nio.file.Path.of("d"), "localhost", 0, 0, "my-own-secret-9", 1);
        assertThat(s.toString()).doesNotContain("my-own-secret-9");
    }

    @Test
    void theHandOverPageCarriesTheConnectionAsDataThatCannotEndItsScript() {
        EmbeddedCredentials odd = new EmbeddedCredentials("neo4j", "a\"b</script><x>\u2028\\", true);
        String page = SignInPage.handOver(odd, "bolt://localhost:7687");
        assertThat(page).contains("\"password\":\"a\\\"b\\u003c/script\\u003e\\u003cx\\u003e\\u2028\\\\\"")
                .contains("localStorage.setItem('neo4j.connections'").contains("'$$discovery'")
                .contains("\"host\":\"bolt://localhost:7687\"");
        assertThat(page.indexOf("</script>")).isGreaterThan(page.indexOf("\\u003c/script"));
        for (SignInDesk.Outcome o : new SignInDesk.Outcome[] {SignInDesk.Outcome.USED, SignInDesk.Outcome.EXPIRED,
                SignInDesk.Outcome.UNKNOWN}) {
            assertThat(SignInPage.refused(o)).contains("--password").contains("newsgraph serve").doesNotContain("<script");
        }
    }
}
