package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressScreen;
import vn.chibo.platform.CurrentUser;

@RestController
@RequestMapping("/api/v1/congresses")
@Tag(name = "Congresses")
class CongressScreenApiController {

    private final CongressScreen screen;

    CongressScreenApiController(CongressScreen screen) {
        this.screen = screen;
    }

    @GetMapping("/{id}/screen")
    @Operation(
            summary = "What the congress's hall screen shows: the voters recorded present against those expected,"
                    + " and each election's latest counted round (a round being entered is not shown)")
    CongressScreen.Screen screen(@PathVariable long id, CurrentUser user) {
        return screen.of(user, CongressId.of(id));
    }
}
