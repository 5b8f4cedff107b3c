using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;

namespace FleetCatalog.Tests.Rendering.Content;

/// <summary>Reads site.yml and learn page text against small fixed slug sets, so tests do not depend on the committed content.</summary>
internal static class ContentTesting
{
    public static readonly string[] KnownProjects = ["home-assistant", "syncthing", "adguard-home", "browser"];

    public static readonly string[] KnownLearnPages = ["getting-started", "choosing-hardware"];

    public const string Minimal = "title: Fleet Catalog\ntagline: Projects for balena fleets.\nbase-url: https://example.org/\n";

    public static SiteConfigResult ReadSite(string yaml) => SiteConfig.Read(yaml, KnownProjects, KnownLearnPages, "site/site.yml");

    public static Diagnostic SingleSite(string yaml, DiagnosticDescriptor code) =>
        Assert.Single(ReadSite(yaml).Diagnostics, d => d.Code == code.Code);

    public static LearnPageResult ReadPage(string text, string file = "site/learn/getting-started.md") => LearnPageReader.Read(text, file);

    public static Diagnostic SinglePage(string text, DiagnosticDescriptor code, string file = "site/learn/getting-started.md") =>
        Assert.Single(ReadPage(text, file).Diagnostics, d => d.Code == code.Code);

    public static string Page(string frontMatter, string body = "Some text.\n") => $"---\n{frontMatter}---\n\n{body}";

    public const string GoodFrontMatter = "title: Getting started\nsummary: From nothing to a fleet.\norder: 1\ndifficulty: beginner\n";

    public static void AssertAt(Diagnostic diagnostic, int line, int column) =>
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
}
