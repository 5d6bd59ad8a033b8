package id.netral.bench.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One endpoint, so that the application serves REST as the services do. */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "halo";
    }
}
