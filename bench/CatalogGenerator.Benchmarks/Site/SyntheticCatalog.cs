using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Benchmarks.Site;

/// <summary>
/// A catalog of N projects under <see cref="Root"/>: N local git repositories made from the corpus (project i is
/// corpus project i mod 75, under the slug <c>project-0000i</c>), their entries in <c>projects/</c>, a small
/// hand-written site (one learn page, the committed categories), copies of the theme and schemas, and
/// <c>tools/search</c> linked to the repository's so Pagefind is installed once. Image URLs in manifests point at a
/// closed loopback port, so nothing leaves the machine. One repository per corpus project is made with git; the
/// others are copies of it (a repository is a folder), which keeps 10,000 projects to a minute of set-up.
/// </summary>
internal sealed partial class SyntheticCatalog
{
    private SyntheticCatalog(string root, int count)
    {
        Root = root;
        Count = count;
    }

    public string Root { get; }

    public int Count { get; }

    public string Projects => Path.Combine(Root, "projects");

    public string Site => Path.Combine(Root, "site");

    public string Output => Path.Combine(Root, "_site");

    public string Cache => Path.Combine(Root, "cache");

    public static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"project-{i:D5}");

    public string Repository(int i) => Path.Combine(Root, "repos", "bench", Slug(i));

    /// <summary>The README each project shows, for the Hugo site: the same bodies.</summary>
    public string Readme(int i) => Path.Combine(Repository(i), "README.md");

    /// <summary>The corpus folder project <paramref name="i"/> was made from.</summary>
    public string SourceOf(int i) => _sources[i % _sources.Length];

    private string[] _sources = [];

    /// <param name="excluded">Corpus folder names left out (projects whose README breaks the site's link check).</param>
    public static SyntheticCatalog Create(string root, string corpus, string repositoryRoot, int count, IReadOnlySet<string>? excluded = null)
    {
        var catalog = new SyntheticCatalog(root, count);
        var sources = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "README.md")) && excluded?.Contains(Path.GetFileName(d)) != true).ToArray();
        catalog._sources = sources;
        var templates = Path.Combine(root, "templates");
        Directory.CreateDirectory(catalog.Projects);
        var categories = CategoryList.Load(Path.Combine(repositoryRoot, CategoryList.DefaultFile)).Categories!.All.Select(c => c.Slug).ToArray();
        for (var i = 0; i < count; i++)
        {
            var template = Path.Combine(templates, Path.GetFileName(sources[i % sources.Length]));
            if (!Directory.Exists(template))
            {
                CreateRepository(sources[i % sources.Length], template);
            }

            CopyDirectory(template, catalog.Repository(i));
            File.WriteAllText(
                Path.Combine(catalog.Projects, Slug(i) + ".yml"),
                $"repository: {new Uri(catalog.Repository(i)).AbsoluteUri}\ncategory: {categories[i % categories.Length]}\n");
        }

        WriteSite(root, repositoryRoot);
        return catalog;
    }

    /// <summary>A new commit in project <paramref name="i"/>'s repository: one more line in its README.</summary>
    public void Change(int i, int round)
    {
        File.AppendAllText(Readme(i), string.Create(CultureInfo.InvariantCulture, $"\nChanged for benchmark round {round}.\n"));
        Git(Repository(i), "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "--quiet", "--all", "-m", "change");
    }

    /// <summary>An edit to project <paramref name="i"/>'s catalog entry (a contributor's pull request): a tag for the round.</summary>
    public void EditEntry(int i, int round)
    {
        var entry = Path.Combine(Projects, Slug(i) + ".yml");
        var lines = File.ReadAllLines(entry).Where(l => !l.StartsWith("tags:", StringComparison.Ordinal));
        File.WriteAllLines(entry, [.. lines, string.Create(CultureInfo.InvariantCulture, $"tags: [round-{round}]")]);
    }

    private static void WriteSite(string root, string repositoryRoot)
    {
        CopyDirectory(Path.Combine(repositoryRoot, "themes"), Path.Combine(root, "themes"));
        CopyDirectory(Path.Combine(repositoryRoot, "schemas"), Path.Combine(root, "schemas"));
        Directory.CreateDirectory(Path.Combine(root, "tools"));
        Directory.CreateSymbolicLink(Path.Combine(root, "tools", "search"), Path.Combine(repositoryRoot, "tools", "search"));
        var site = Path.Combine(root, "site");
        Directory.CreateDirectory(Path.Combine(site, "learn"));
        File.Copy(Path.Combine(repositoryRoot, CategoryList.DefaultFile), Path.Combine(site, "categories.yml"));
        var first = Slug(0);
        File.WriteAllText(Path.Combine(site, "site.yml"), $$"""
            title: Fleet Catalog
            tagline: Projects that work by default on the boards you have.
            base-url: https://catalog.example.org/
            edit-link-base: https://github.com/fleet-catalog/fleet-catalog/edit/main/
            navigation:
              - { label: Projects, url: /projects/ }
              - { label: Boards, url: /devices/ }
              - { label: Learn, url: /learn/ }
              - { label: Deploy button, url: /deploy-button/ }
              - { label: Status, url: /status/ }
            featured: [{{first}}]
            learning-paths:
              - title: Your first fleet
                summary: From nothing to a running device.
                pages: [first-steps]
                projects: [{{first}}]
            """);
        File.WriteAllText(Path.Combine(site, "learn", "first-steps.md"), $$"""
            ---
            title: First steps
            summary: Deploy a project in one click.
            order: 1
            difficulty: beginner
            ---
            Pick a project such as [this one](/projects/{{first}}/), press **Deploy with balena**, and flash the image it gives you.
            """);
    }

    private static void CreateRepository(string source, string repository)
    {
        Directory.CreateDirectory(repository);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => Path.GetFileName(f) != "SOURCE.txt"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(repository, Path.GetFileName(file)), Path.GetFileName(file) == "balena.yml" ? ImageUrl().Replace(text, "http://127.0.0.1:9/logo.png") : text);
        }

        Git(repository, "init", "--quiet", "--initial-branch=main");
        Git(repository, "config", "uploadpack.allowFilter", "true");
        Git(repository, "config", "uploadpack.allowAnySHA1InWant", "true");
        Git(repository, "add", "--all");
        Git(repository, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "--quiet", "-m", "import");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
        }
    }

    [GeneratedRegex(@"https?://[^\s'""]+\.(png|svg|jpg|jpeg|webp)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageUrl();
}
