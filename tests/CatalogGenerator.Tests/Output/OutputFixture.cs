using FleetCatalog.Output;
using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Tests.Output;

/// <summary>A small catalog for the output stage's golden files: an app, a block, a bare stale entry.</summary>
internal static class OutputFixture
{
    public static readonly SiteUrls Urls = new("https://example.org/catalog/");

    public static readonly CatalogProject PiHole = new(
        Slug: "pihole",
        Name: "Pi-hole",
        Description: "Block ads on every device in your home network — \"set & forget\" 🛡️",
        Version: "2.1.0",
        Type: CatalogProjectType.App,
        Category: "networking",
        Tags: ["dns", "privacy"],
        Repository: "https://github.com/klutchell/balena-pihole",
        Commit: "0123456789abcdef0123456789abcdef01234567",
        License: "MIT",
        Stars: 412,
        UpdatedAt: new DateTimeOffset(2024, 5, 1, 14, 30, 0, TimeSpan.FromHours(2)),
        Boards:
        [
            new CatalogBoard("raspberrypi4-64", "Raspberry Pi 4 (using 64bit OS)", "aarch64", IsDefault: true),
            new CatalogBoard("raspberrypi3", "Raspberry Pi 3", "armv7hf", IsDefault: false),
            new CatalogBoard("generic-amd64", "Generic x86_64 (GPT)", "amd64", IsDefault: false),
        ],
        Difficulty: Difficulty.Beginner,
        Duration: TimeSpan.FromMinutes(90),
        WorksByDefault: true,
        Status: ProjectStatus.Ok,
        DeployUrl: "https://dashboard.balena-cloud.com/deploy?repoUrl=https%3A%2F%2Fgithub.com%2Fklutchell%2Fbalena-pihole&defaultDeviceType=raspberrypi4-64",
        Logo: new CatalogLogo("logos/5d41402abc4b2a76.png", 256, 256));

    public static readonly CatalogProject Browser = new(
        Slug: "browser",
        Name: "Browser <block>",
        Description: "Shows a web page full-screen: kiosks & dashboards. Café-ready.",
        Version: "2.7.3",
        Type: CatalogProjectType.Block,
        Category: "displays",
        Tags: [],
        Repository: "https://github.com/balena-io-experimental/browser",
        Commit: "89abcdef0123456789abcdef0123456789abcdef",
        License: "Apache-2.0",
        Stars: 88,
        UpdatedAt: new DateTimeOffset(2024, 6, 12, 8, 0, 0, TimeSpan.Zero),
        Boards: [new CatalogBoard("raspberrypi4-64", "Raspberry Pi 4 (using 64bit OS)", "aarch64", IsDefault: true)],
        Difficulty: Difficulty.Intermediate,
        Duration: TimeSpan.FromMinutes(20),
        WorksByDefault: false,
        Status: ProjectStatus.Warnings,
        DeployUrl: "https://dashboard.balena-cloud.com/deploy?repoUrl=https%3A%2F%2Fgithub.com%2Fbalena-io-experimental%2Fbrowser",
        Logo: null);

    public static readonly CatalogProject Weather = new(
        Slug: "weather-station",
        Name: "Weather station",
        Description: "Line one\nline two\twith a tab and a bell \u0007.",
        Version: null,
        Type: CatalogProjectType.App,
        Category: "sensors",
        Tags: ["weather"],
        Repository: "https://github.com/example/weather",
        Commit: "fedcba9876543210fedcba9876543210fedcba98",
        License: null,
        Stars: null,
        UpdatedAt: null,
        Boards: [],
        Difficulty: null,
        Duration: null,
        WorksByDefault: false,
        Status: ProjectStatus.Stale,
        DeployUrl: null,
        Logo: null);

    public static IReadOnlyList<CatalogProject> Projects { get; } = [PiHole, Browser, Weather];
}
