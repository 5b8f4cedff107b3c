using FleetCatalog.Serving;

namespace FleetCatalog.Tests.Serving;

public sealed class LiveReloadMiddlewareTests
{
    [Fact]
    public void The_script_goes_right_before_the_last_closing_body_tag()
    {
        var page = "<!DOCTYPE html><body><pre>&lt;/body&gt;</pre><p>x</p></BODY></html>";

        Assert.Equal(
            "<!DOCTYPE html><body><pre>&lt;/body&gt;</pre><p>x</p><script src=\"/__catalog/live-reload.js\"></script></BODY></html>",
            LiveReloadMiddleware.Inject(page));
    }

    [Fact]
    public void A_page_without_a_body_end_is_left_as_it_is() =>
        Assert.Equal("<p>fragment</p>", LiveReloadMiddleware.Inject("<p>fragment</p>"));

    [Fact]
    public void A_page_connecting_after_a_failure_hears_it_first_and_a_reload_clears_it()
    {
        var hub = new LiveReloadHub();
        hub.Failed(3);

        var late = hub.Subscribe(out var unsubscribe)!;
        Assert.True(late.TryRead(out var failure));
        Assert.Equal(new LiveReloadEvent(LiveReloadEvent.Failed, "{\"errors\":3}"), failure);
        Assert.Equal("event: failed\ndata: {\"errors\":3}\n\n", failure.ToWire());

        hub.Reload();
        Assert.True(late.TryRead(out var reload));
        Assert.Equal(LiveReloadEvent.Reload, reload.Name);
        unsubscribe();
        Assert.Equal(0, hub.Clients);
        Assert.False(hub.Subscribe(out _)!.TryRead(out _));

        hub.Close();
        Assert.Null(hub.Subscribe(out _));
    }
}
