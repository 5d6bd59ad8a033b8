package id.netral.console.api;

import id.netral.console.client.Services;
import id.netral.console.domain.Viewer;
import jakarta.inject.Inject;

/** What every page resource works with: the page helpers, the services as the viewer, the viewer. */
abstract class ConsolePage {

    @Inject
    Pages pages;

    @Inject
    Services services;

    @Inject
    Viewer viewer;
}
