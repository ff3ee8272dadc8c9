package io.facetwire.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Facetwire's search API and web workbench. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FacetwireApplication {
  public static void main(String[] args) {
    SpringApplication.run(FacetwireApplication.class, args);
  }
}
