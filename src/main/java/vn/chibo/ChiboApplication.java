package vn.chibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** ChiBo: Party-work records, meetings and the public portal for the education sector. */
@SpringBootApplication
public class ChiboApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChiboApplication.class, args);
    }
}
