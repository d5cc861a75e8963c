package vn.chibo.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;

/** Test only: forms whose input is always refused, to see where the refusal leads a page and the API. */
@Controller
class InvalidInputController {

    @OnInvalidInput(redirect = "/test-invalid/{id}/{kept}", section = "{tab}", query = "filter")
    @PostMapping("/test-invalid/{id}")
    String refuse(@PathVariable String id, @RequestParam(required = false) String kept) {
        OnInvalidInput.Variables.put("kept", "giữ/lại");
        throw new InvalidInputException("fullName", "validation.required");
    }

    @OnInvalidInput(redirect = "/test-invalid/{missing}")
    @PostMapping("/test-invalid-nowhere")
    String nowhere() {
        throw new InvalidInputException("fullName", "validation.required");
    }

    @OnInvalidInput(redirect = "/test-invalid")
    @PostMapping("/api/v1/test-invalid")
    String api() {
        throw new InvalidInputException("fullName", "validation.required");
    }
}
