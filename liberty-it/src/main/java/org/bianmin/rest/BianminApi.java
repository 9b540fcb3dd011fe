package org.bianmin.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Bianmin's REST API under {@code /api}: Jakarta REST resources over the services that the user
 * feature {@code usr:bianmin-1.0} makes injectable. Resources and providers are found by class
 * scanning; JSON is written and read by Jackson ({@code support.JsonProvider}).
 */
@ApplicationPath("api")
public class BianminApi extends Application {
}
