using AngleSharp.Html.Parser;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>A project written to attack the catalog's visitors is built like any other, and every page it touches stays inert.</summary>
public sealed class HostileProjectTests
{
    private const string Manifest = """
        name: "<script>alert('name')</script>"
        type: sw.application
        description: "<img src=x onerror=alert(1)> \u202Egnp.exe"
        version: 1.0.0
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes: [raspberrypi4-64]
          applicationEnvironmentVariables:
            - "</script><script>alert(2)</script>": "<b onclick=alert(3)>x</b>"
        post-provisioning: |
          <svg><script>alert(4)</script></svg>
          <a href="javascript:alert(5)">click</a>
        """;

    [SharedDataFact]
    public async Task Hostile_names_readmes_and_a_five_megabyte_guide_leave_every_page_inert()
    {
        using var catalog = new TestCatalog();
        using var hostile = LocalGitRepository.Create();
        var readme = "# Evil\n<script>alert(6)</script>\n<iframe src=\"https://evil.example\"></iframe>\n<a href=\"javascript:alert(7)\" onclick=\"x()\">x</a>\n"
            + "<img src=\"data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDgpPC9zY3JpcHQ+PC9zdmc+\">\n<style>body{display:none}</style>\n"
            + string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", 190_000));
        hostile.Write("balena.yml", Manifest).Write("README.md", readme).Commit();
        catalog.Add("evil", hostile);
        var root = Path.Combine(catalog.Cache, "..", "root");
        FixtureSite.Write(root, "evil");
        var output = Path.Combine(catalog.Cache, "..", "_site");

        var (exit, console, _) = await CliRunner.RunAsync([
            "build", "--projects", catalog.Projects, "--categories", Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"),
            "--cache", catalog.Cache, "--github-api-url", catalog.GitHub.Url, "--site", Path.Combine(root, "site"), "--output", output]);

        Assert.True(exit == 0, console);
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(output, page);
            Assert.All(document.Scripts, s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" || (s.Source?.StartsWith("/assets/", StringComparison.Ordinal) ?? false),
                $"{name} runs a script: {s.OuterHtml[..Math.Min(120, s.OuterHtml.Length)]}"));
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, style, base, form:not([action])"));
            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
                Assert.DoesNotContain(element.Attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            }
        }

        Assert.Contains("&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;", File.ReadAllText(Path.Combine(output, "projects", "evil", "index.html")), StringComparison.Ordinal);
    }
}
