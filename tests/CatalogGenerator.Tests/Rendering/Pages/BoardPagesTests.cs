using AngleSharp.Html.Parser;
using FleetCatalog.Devices;
using FleetCatalog.Rendering.Pages;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>/devices/ leads with the boards that have projects; board support is told as of the build date.</summary>
public sealed class BoardPagesTests
{
    private static readonly DateOnly Announced = new(2026, 3, 1);

    [SharedDataFact]
    public async Task Boards_with_projects_come_first_and_every_other_board_is_linked_under_all_boards()
    {
        using var site = await TestSite.BuildAsync();

        var document = new HtmlParser().ParseDocument(site.Read("devices/index.html"));
        var first = document.QuerySelector("main table")!;
        var details = document.QuerySelector("details#all-boards")!;
        Assert.False(first.Closest("details") is not null, "the boards with projects are folded away");
        Assert.Matches(@"^All boards: \d+ more boards that no catalog project lists yet$", details.QuerySelector("summary")!.TextContent);
        var counts = first.QuerySelectorAll("tbody tr").Select(r => int.Parse(r.Children[^1].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.True(c > 0));
        Assert.DoesNotContain(details.QuerySelectorAll("th[scope=col]"), th => th.TextContent == "Projects");

        var linked = document.QuerySelectorAll("main a[href^='/devices/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(DeviceRegistry.Default.All.Select(d => $"/devices/{d.Slug}/").Order(StringComparer.Ordinal), linked.Order(StringComparer.Ordinal));
        Assert.Equal(counts.Count + details.QuerySelectorAll("tbody tr").Length, DeviceRegistry.Default.All.Count);
    }

    [Fact]
    public void A_board_announced_for_discontinuation_is_discontinued_from_that_day_on()
    {
        var board = DeviceRegistry.Default.Find("asus-tinker-board")!;
        Assert.Equal((DeviceSupportStatus.PendingDiscontinuation, Announced), (board.Status, board.DiscontinuationDate));

        var before = Boards.Status(DeviceRegistry.Default.AsOf(Announced.AddDays(-1)).Find(board.Slug)!);
        var on = Boards.Status(DeviceRegistry.Default.AsOf(Announced).Find(board.Slug)!);

        Assert.Equal(("Ending soon", "balena stops supporting this board on 1 March 2026; choose another for a new project."), before);
        Assert.Equal(("Discontinued", "balena stopped supporting this board on 1 March 2026: no new balenaOS releases; choose another for a new project."), on);
        Assert.Same(DeviceRegistry.Default, DeviceRegistry.Default.AsOf(new DateOnly(2020, 1, 1)));
    }

    [SharedDataFact]
    public async Task Every_dated_text_of_a_site_is_worked_out_against_the_build_date_it_is_given()
    {
        var after = new DateOnly(2026, 12, 8);
        using var site = await TestSite.BuildAsync(new TestCatalog("balena-labs-projects__audio"), today: after);

        var board = site.Read("devices/asus-tinker-board/index.html");
        Assert.Contains("<span class=\"status status-discontinued\">Discontinued</span> balena stopped supporting this board on 1 March 2026", board, StringComparison.Ordinal);
        Assert.DoesNotContain("Ending soon", board, StringComparison.Ordinal);
        Assert.DoesNotContain("Ending soon", site.Read("devices/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"asus-tinker-board\"", site.Read("deploy-button/index.html"), StringComparison.Ordinal);
        Assert.Contains("Built on <time datetime=\"2026-12-08\">8 December 2026</time>.", site.Read("status/index.html"), StringComparison.Ordinal);
    }
}
