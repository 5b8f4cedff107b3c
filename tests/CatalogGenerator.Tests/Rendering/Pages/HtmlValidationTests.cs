using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>Every page type of a built fixture site is valid HTML (html-validate, W3C rules and accessibility checks).</summary>
public sealed class HtmlValidationTests
{
    [SharedDataFact]
    public async Task Every_page_type_of_the_built_site_validates()
    {
        using var site = await TestSite.BuildAsync();
        string[] pages =
        [
            "index.html", "projects/index.html", "projects/category/media/index.html", "projects/audio/index.html", "projects/browser/index.html",
            "projects/train-departure-display/index.html", "devices/index.html", "devices/raspberrypi3/index.html", "learn/index.html",
            "learn/first-steps/index.html", "status/index.html", "deploy-button/index.html", "404.html",
        ];

        var (exit, report) = NodeTools.HtmlValidate(pages.Select(p => Path.Combine(site.Output, p)));

        Assert.True(exit == 0, report);
    }
}
