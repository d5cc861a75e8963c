package vn.chibo.elections.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.elections.CongressCheckIn;
import vn.chibo.platform.HomeSection;

/** The member's own delegate cards on her home page, with their QR codes, to show at the congress's door. */
@Configuration(proxyBeanMethods = false)
class CongressCardHome {

    @Bean
    HomeSection ownDelegateCardsHomeSection(CongressCheckIn checkIn) {
        return HomeSection.of(3, "elections/my-card :: home", user -> {
            List<ShownCard> cards = checkIn.ownCards(user).stream()
                    .map(own -> new ShownCard(own, QrCode.of(own.card().code())))
                    .toList();
            return cards.isEmpty() ? null : Map.of("cards", cards);
        });
    }
}
