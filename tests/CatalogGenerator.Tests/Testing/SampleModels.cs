using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// Realistic view models for every page type, for template tests and golden files. Fixed dates and values, so
/// the output only changes when a template or a model changes.
/// </summary>
internal static class SampleModels
{
    public static SiteView Site { get; } = new(
        Title: "Fleet Catalog",
        Tagline: "Projects you can run on your own boards with balena, in one click.",
        BaseUrl: "https://catalog.example.org/fleet",
        Language: "en",
        Navigation:
        [
            new NavItemView("Projects", "/fleet/projects/", "projects"),
            new NavItemView("Boards", "/fleet/devices/", "devices"),
            new NavItemView("Learn", "/fleet/learn/", "learn"),
        ],
        EditLinkBase: "https://github.com/fleet-catalog/fleet-catalog/edit/main/",
        SearchUrl: "/fleet/projects/",
        RepositoryUrl: "https://github.com/fleet-catalog/fleet-catalog",
        SearchPageUrl: "/fleet/search/");

    public static LinkView Home { get; } = new("Home", "/fleet/");

    public static BoardChoiceView Pi4 { get; } = new("raspberrypi4-64", "Raspberry Pi 4 (using 64bit OS)", "/fleet/devices/raspberrypi4-64/", IsDefault: true);

    public static ProjectCardView AdGuardCard { get; } = new(
        Slug: "adguard-home",
        Name: "AdGuard Home",
        Url: "/fleet/projects/adguard-home/",
        Summary: "Network-wide ads and trackers blocking DNS server.",
        Logo: new LogoView("/fleet/logos/3f2a9c.png", 256, 256),
        Kind: "app",
        KindLabel: "App",
        Category: new LinkView("Networking & security", "/fleet/projects/category/networking/"),
        BoardNames: ["Raspberry Pi 4 (using 64bit OS)", "Raspberry Pi 3 (using 64bit OS)", "Generic x86_64 (GPT)"],
        MoreBoards: 4,
        WorksByDefault: true,
        Difficulty: "Beginner");

    public static ProjectCardView AdsbCard { get; } = new(
        Slug: "ads-b-flight-tracker",
        Name: "ADS-B flight tracker",
        Url: "/fleet/projects/ads-b-flight-tracker/",
        Summary: "Track aircraft near you and share the data with FlightAware and Flightradar24.",
        Logo: null,
        Kind: "app",
        KindLabel: "App",
        Category: new LinkView("Radio", "/fleet/projects/category/radio/"),
        BoardNames: ["Raspberry Pi 4 (using 64bit OS)"],
        MoreBoards: 0,
        WorksByDefault: false,
        Difficulty: "Intermediate");

    public static ProjectView AdGuard { get; } = new(
        Slug: "adguard-home",
        Name: "AdGuard Home",
        Description: "Network-wide ads and trackers blocking DNS server for your home network.",
        Url: "/fleet/projects/adguard-home/",
        Logo: new LogoView("/fleet/logos/3f2a9c.png", 256, 256),
        Kind: "app",
        KindLabel: "App",
        Version: "0.107.52",
        Licence: "Apache-2.0",
        LicenceUrl: "https://spdx.org/licenses/Apache-2.0.html",
        Stars: 1234,
        LastUpdated: DateView.From(new DateOnly(2026, 10, 2)),
        SourceUrl: "https://github.com/klutchell/balena-adguard/tree/4b825dc642cb6eb9a060e54bf8d69288fbee4904",
        SourceLabel: "klutchell/balena-adguard",
        Commit: "4b825dc",
        Category: new LinkView("Networking & security", "/fleet/projects/category/networking/"),
        Deploy: new DeployView(
            "https://dashboard.balena-cloud.com/deploy?repoUrl=https%3A%2F%2Fgithub.com%2Fklutchell%2Fbalena-adguard&defaultDeviceType=raspberrypi4-64",
            Pi4,
            [
                new SettingView("ADGUARD_PORT", "Environment variable", "3000", MustSet: false),
                new SettingView("BALENA_HOST_CONFIG_gpu_mem", "Configuration variable", "16", MustSet: false),
            ],
            WorksByDefault: true,
            NotWorkingBecause: []),
        BoardGroups:
        [
            new ArchitectureGroupView("aarch64", "64-bit ARM (aarch64)",
            [
                Pi4,
                new BoardChoiceView("raspberrypi3-64", "Raspberry Pi 3 (using 64bit OS)", "/fleet/devices/raspberrypi3-64/", IsDefault: false),
            ]),
            new ArchitectureGroupView("amd64", "64-bit Intel or AMD (amd64)",
            [
                new BoardChoiceView("genericx86-64-ext", "Generic x86_64 (GPT)", "/fleet/devices/genericx86-64-ext/", IsDefault: false),
                new BoardChoiceView("intel-nuc", "Intel NUC", "/fleet/devices/intel-nuc/", IsDefault: false, "discontinued", "Discontinued"),
            ]),
        ],
        Hardware:
        [
            new HardwareView("Ethernet cable", 1, Optional: false),
            new HardwareView("USB Wi-Fi adapter", 1, Optional: true),
        ],
        Difficulty: "Beginner",
        Time: "About 15 minutes",
        TimeIso: "PT15M",
        Settings:
        [
            new SettingView("ADGUARD_PORT", "Environment variable", "3000", MustSet: false),
            new SettingView("BALENA_HOST_CONFIG_gpu_mem", "Configuration variable", "16", MustSet: false),
        ],
        WorksByDefault: true,
        Guide: new SafeHtml("""
            <h3 id="setup">Setup<a class="heading-anchor" href="#setup" aria-label="Link to this section">#</a></h3>
            <p>Point your router's DNS at the device's address.</p>
            <div class="markdown-alert markdown-alert-tip"><p class="markdown-alert-title">Tip</p><p>Give the device a fixed address first.</p></div>
            <div class="code-block"><pre><code class="language-bash">dig @192.168.1.10 example.com
            </code></pre><button type="button" class="copy" hidden>Copy</button></div>
            """),
        GuideUrl: "https://github.com/klutchell/balena-adguard/blob/4b825dc642cb6eb9a060e54bf8d69288fbee4904/README.md",
        PostProvisioning: new SafeHtml("<p>Open <code>http://&lt;device-ip&gt;:3000</code> to finish the setup.</p>"),
        Findings:
        [
            new FindingView("CAT305", "warning", "Warning", "The board 'intel-nuc' is discontinued: it gets no new balenaOS releases.",
                "https://github.com/fleet-catalog/fleet-catalog/blob/main/docs/diagnostics.md#cat305-device-type-is-discontinued", "balena.yml line 12"),
        ],
        EditEntryUrl: "https://github.com/fleet-catalog/fleet-catalog/edit/main/projects/adguard-home.yml",
        Tags: ["adguard", "dns", "ad-blocking"]);

    public static BoardView Pi4Board { get; } = new(
        "raspberrypi4-64", "Raspberry Pi 4 (using 64bit OS)", "/fleet/devices/raspberrypi4-64/", "aarch64", "64-bit ARM (aarch64)",
        "supported", "Supported", "", ProjectCount: 42);

    public static BoardView NucBoard { get; } = new(
        "intel-nuc", "Intel NUC", "/fleet/devices/intel-nuc/", "amd64", "64-bit Intel or AMD (amd64)",
        "discontinued", "Discontinued", "No new balenaOS releases: choose another board for new projects.", ProjectCount: 3);

    public static BoardView PocketBeagleBoard { get; } = new(
        "beaglebone-pocket", "PocketBeagle", "/fleet/devices/beaglebone-pocket/", "armv7hf", "32-bit ARM (armv7hf)",
        "discontinued", "Discontinued", "balena stopped supporting this board on 1 March 2026: no new balenaOS releases; choose another for a new project.", ProjectCount: 0);

    public static LearnSummaryView GettingStarted { get; } = new(
        "Getting started", "From nothing to a running fleet in one click.", "/fleet/learn/getting-started/", "Beginner");

    public static LearnSummaryView ChoosingHardware { get; } = new(
        "Choosing hardware", "Start with the board you already have.", "/fleet/learn/choosing-hardware/", "Beginner");

    public static HomePageView HomePage() => new(
        Site,
        PageMeta.For(Site, Site.Title, Site.Tagline, "/", "home"),
        Intro: "A catalog of projects for your Raspberry Pi and other boards that work the moment you deploy them.",
        ProjectCount: 67,
        Featured: [AdGuardCard],
        Newest: [AdsbCard, AdGuardCard],
        Boards: [Pi4Board, NucBoard],
        Categories: [new CategoryView("networking", "Networking & security", "VPNs, DNS filtering and more.", "/fleet/projects/category/networking/", 9)],
        LearningPaths: [GettingStarted, ChoosingHardware]);

    public static CatalogPageView CatalogPage() => new(
        Site,
        PageMeta.For(Site, "Projects", "Every project in the catalog.", "/projects/", "projects", Home),
        Heading: "All projects",
        Intro: "Every project here deploys to a balenaCloud fleet in one click.",
        Projects: [AdsbCard, AdGuardCard],
        Categories:
        [
            new FilterLinkView("All projects", "/fleet/projects/", 67, Current: true),
            new FilterLinkView("Networking & security", "/fleet/projects/category/networking/", 9, Current: false),
            new FilterLinkView("Radio", "/fleet/projects/category/radio/", 5, Current: false),
        ],
        Architectures:
        [
            new FilterLinkView("64-bit ARM (aarch64)", "/fleet/projects/architecture/aarch64/", 61, Current: false),
            new FilterLinkView("64-bit Intel or AMD (amd64)", "/fleet/projects/architecture/amd64/", 40, Current: false),
        ]);

    public static ProjectPageView ProjectPage() => ProjectPage(AdGuard);

    public static ProjectPageView ProjectPage(ProjectView project)
    {
        var path = "/projects/" + project.Slug + "/";
        var meta = PageMeta.For(Site, project.Name, project.Description, path, "projects", Home, new LinkView("Projects", "/fleet/projects/")) with
        {
            OgType = "article",
            ImageUrl = project.Logo is null ? null : "https://catalog.example.org" + project.Logo.Url,
            JsonLd = StructuredData.ForProject(project, Site),
            EditUrl = project.EditEntryUrl,
        };
        return new ProjectPageView(Site, meta, project);
    }

    public static BoardsPageView BoardsPage() => new(
        Site,
        PageMeta.For(Site, "Boards", "Every board balenaCloud supports and the projects for it.", "/devices/", "devices", Home),
        Intro: "Find projects for the board you have.",
        WithProjects: [Pi4Board, NucBoard],
        Others: [PocketBeagleBoard]);

    public static BoardPageView BoardPage() => new(
        Site,
        PageMeta.For(Site, "Projects for your Raspberry Pi 4", "Catalog projects that run on the Raspberry Pi 4.", "/devices/raspberrypi4-64/", "devices", Home, new LinkView("Boards", "/fleet/devices/")),
        Pi4Board,
        [AdGuardCard, AdsbCard]);

    public static LearnIndexPageView LearnIndexPage() => new(
        Site,
        PageMeta.For(Site, "Learn", "Guides in plain words: from your first fleet to contributing a project.", "/learn/", "learn", Home),
        Intro: "Short guides, in order, from your first deploy to sharing your own project.",
        Pages: [GettingStarted, ChoosingHardware]);

    public static LearnPageView LearnPage() => new(
        Site,
        PageMeta.For(Site, "Getting started", "From nothing to a running fleet in one click.", "/learn/getting-started/", "learn", Home, new LinkView("Learn", "/fleet/learn/")) with
        {
            OgType = "article",
            EditUrl = "https://github.com/fleet-catalog/fleet-catalog/edit/main/site/learn/getting-started.md",
        },
        Title: "Getting started",
        Summary: "From nothing to a running fleet in one click.",
        Difficulty: "Beginner",
        Body: new SafeHtml("<h2 id=\"what-you-need\">What you need</h2>\n<p>A board, a power supply and an SD card.</p>"),
        Projects: [AdGuardCard],
        Previous: null,
        Next: new LinkView("Choosing hardware", "/fleet/learn/choosing-hardware/"));

    public static StatusPageView StatusPage() => new(
        Site,
        PageMeta.For(Site, "Project status", "Every project's last fetch and check.", "/status/", "status", Home),
        new StatusCountsView(Projects: 3, UpToDate: 1, Stale: 1, Failed: 1, WithErrors: 1, WithWarnings: 1, WorksByDefault: 1),
        [
            new StatusRowView("adguard-home", "AdGuard Home", "/fleet/projects/adguard-home/", "unchanged", "Up to date", 0, 1, true, "",
                "4b825dc", "https://github.com/klutchell/balena-adguard/commit/4b825dc642cb6eb9a060e54bf8d69288fbee4904", DateView.From(new DateOnly(2026, 11, 23))),
            new StatusRowView("ads-b-flight-tracker", "ADS-B flight tracker", "/fleet/projects/ads-b-flight-tracker/", "stale", "Showing an older copy", 1, 0, false, "1 error to fix",
                "9fceb02", null, DateView.From(new DateOnly(2026, 11, 20)), "The fetch timed out after 60 seconds."),
            new StatusRowView("gone", "gone", null, "failed", "Failed", 1, 0, false, "1 error to fix, no board balena knows", "", null, null, "Repository not found."),
        ],
        DateView.From(new DateOnly(2026, 11, 23)));

    public static DeployButtonPageView DeployButtonPage() => new(
        Site,
        PageMeta.For(Site, "Make a deploy button", "Build the \"Deploy with balena\" button for your project's README.", "/deploy-button/", "deploy-button", Home),
        DeployBaseUrl: "https://dashboard.balena-cloud.com/deploy",
        ButtonImageUrl: "https://www.balena.io/deploy.svg",
        Example: new DeployButtonExampleView(
            "https://github.com/klutchell/balena-adguard",
            "raspberrypi4-64",
            "https://dashboard.balena-cloud.com/deploy?repoUrl=https%3A%2F%2Fgithub.com%2Fklutchell%2Fbalena-adguard&defaultDeviceType=raspberrypi4-64",
            "[![Deploy with balena](https://www.balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy?repoUrl=https%3A%2F%2Fgithub.com%2Fklutchell%2Fbalena-adguard&defaultDeviceType=raspberrypi4-64)",
            "<a href=\"https://dashboard.balena-cloud.com/deploy?repoUrl=https%3A%2F%2Fgithub.com%2Fklutchell%2Fbalena-adguard&amp;defaultDeviceType=raspberrypi4-64\"><img src=\"https://www.balena.io/deploy.svg\" alt=\"Deploy with balena\"></a>"),
        Boards: [Pi4 with { IsDefault = false }, new BoardChoiceView("raspberrypi3-64", "Raspberry Pi 3 (using 64bit OS)", "/fleet/devices/raspberrypi3-64/", IsDefault: false)]);

    public static NotFoundPageView NotFoundPage() => new(
        Site,
        PageMeta.For(Site, "Page not found", "There is no page at this address.", "/404.html", "") with { NoIndex = true },
        [new LinkView("All projects", "/fleet/projects/"), new LinkView("Learn", "/fleet/learn/")]);

    public static SearchPageView SearchPage() => new(
        Site,
        PageMeta.For(Site, "Search", "Find projects and guides.", "/search/", "search", Home) with { NoIndex = true },
        "/fleet/pagefind/",
        [
            new SearchFilterView("type", "Type", ["App", "Block", "Learn page"], Open: true),
            new SearchFilterView("board", "Board", ["Raspberry Pi 3", "Raspberry Pi 4 (using 64bit OS)", "Raspberry Pi 5 & CM5"], Open: false),
            new SearchFilterView("difficulty", "Difficulty", ["Beginner", "Advanced"], Open: true),
        ],
        [new LinkView("All projects", "/fleet/projects/"), new LinkView("Projects for your board", "/fleet/devices/")]);

    /// <summary>One sample page per layout of the default theme, by layout name.</summary>
    public static IReadOnlyDictionary<string, IPageView> ByLayout() => new Dictionary<string, IPageView>(StringComparer.Ordinal)
    {
        ["home"] = HomePage(),
        ["catalog"] = CatalogPage(),
        ["project"] = ProjectPage(),
        ["boards"] = BoardsPage(),
        ["board"] = BoardPage(),
        ["learn-index"] = LearnIndexPage(),
        ["learn"] = LearnPage(),
        ["status"] = StatusPage(),
        ["deploy-button"] = DeployButtonPage(),
        ["not-found"] = NotFoundPage(),
        ["search"] = SearchPage(),
    };
}
