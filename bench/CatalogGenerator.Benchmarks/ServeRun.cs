using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FleetCatalog.Cli;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// <c>--serve N</c>: <c>catalog serve</c> (in process, port 0) on a catalog of N local repositories made from the
/// corpus, a loopback GitHub and a small site (one learn page, the committed theme); then, <c>passes</c> times
/// each, one learn page and one entry are edited, timed from the file write to the "reload" server-sent event a
/// page would get. Search is on unless <c>--no-search</c>.
/// </summary>
internal static partial class ServeRun
{
    public static async Task<int> RunAsync(string? corpus, int count, int passes, bool noSearch)
    {
        corpus = Corpus.Find(corpus);
        var root = Path.Combine(Path.GetTempPath(), "fleet-catalog-bench", Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var projects = Path.Combine(root, "projects");
            Directory.CreateDirectory(projects);
            var sources = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < count; i++)
            {
                var slug = $"project-{i:D5}";
                var repository = Path.Combine(root, "repos", "bench", slug);
                RefreshRun.CreateRepository(sources[i % sources.Length], repository, WithoutFragmentLinks);
                File.WriteAllText(Path.Combine(projects, slug + ".yml"), Entry(repository, "media"));
            }

            WriteSite(root, "project-00000");
            using var github = new LoopbackGitHub();
            using var stop = new CancellationTokenSource();
            using var output = new StringWriter();
            var console = TextWriter.Synchronized(output);
            string Printed()
            {
                lock (console)
                {
                    return output.ToString();
                }
            }

            var clock = Stopwatch.StartNew();
            string[] args =
            [
                "serve", "--port", "0", "--projects", projects, "--cache", Path.Combine(root, ".catalog", "cache"), "--site", Path.Combine(root, "site"),
                "--categories", Path.Combine(root, "site", "categories.yml"), "--github-api-url", github.Url.AbsoluteUri, .. noSearch ? (string[])["--no-search"] : [],
            ];
            var serve = Task.Run(() => CatalogCli.RunAsync(args, console, console, () => new MemoryStream(), stop.Token));
            var url = await WaitForAsync(Printed, ServingLine(), serve);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} projects: first build (cold cache) and serving in {clock.Elapsed.TotalSeconds:0.00} s at {url}"));

            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            using var events = await http.GetAsync(new Uri(new Uri(url), "/__catalog/events"), HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            await reader.ReadLineAsync(); // "retry: …": connected

            var learn = Path.Combine(root, "site", "learn", "first-steps.md");
            var learnText = File.ReadAllText(learn);
            try
            {
            // Between two edits serve is let go idle (its background search indexing done), as between two saves.
            var indexed = 1;
            async Task Idle()
            {
                indexed++;
                while (!noSearch && Regex.Count(Printed(), "Search: indexed") < indexed)
                {
                    await Task.Delay(20);
                }

                await Task.Delay(200);
            }

            var learnTimes = await TimeEditsAsync(passes, reader, Idle, pass => File.WriteAllText(learn, learnText + $"\nEdit {pass}.\n"));
            var entry = Path.Combine(projects, "project-00001.yml");
            var repository1 = Path.Combine(root, "repos", "bench", "project-00001");
            var entryTimes = await TimeEditsAsync(passes, reader, Idle, pass => File.WriteAllText(entry, Entry(repository1, pass % 2 == 0 ? "sensors" : "media")));

            Report("learn page edit", learnTimes);
            Report("entry edit", entryTimes);
            Console.WriteLine("serve's own lines (\"… changed: rebuilt in\"):");
            foreach (var line in Printed().Split('\n').Where(l => l.Contains("changed:", StringComparison.Ordinal) || l.StartsWith("Search:", StringComparison.Ordinal)))
            {
                Console.WriteLine("  " + line.TrimEnd());
            }

            }
            catch (InvalidOperationException)
            {
                Console.WriteLine(Printed());
                throw;
            }

            await stop.CancelAsync();
            await serve;
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<List<double>> TimeEditsAsync(int passes, StreamReader events, Func<Task> idle, Action<int> edit)
    {
        var times = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            edit(pass);
            while (await events.ReadLineAsync() is { } line && line != "event: reload")
            {
                if (line == "event: failed")
                {
                    throw new InvalidOperationException("a rebuild failed; see serve's output");
                }
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
            await idle();
        }

        return times;
    }

    private static void Report(string name, List<double> times)
    {
        var sorted = times.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}, file write to \"reload\" event: median {sorted[sorted.Count / 2]:0} ms, best {sorted[0]:0} ms, worst {sorted[^1]:0} ms ({times.Count} edits)"));
    }

    private static async Task<string> WaitForAsync(Func<string> printed, Regex pattern, Task<int> serve)
    {
        while (true)
        {
            if (pattern.Match(printed()) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            if (serve.IsCompleted)
            {
                throw new InvalidOperationException($"serve stopped ({await serve}):\n{printed()}");
            }

            await Task.Delay(20);
        }
    }

    // A few corpus READMEs link to headings the guide renderer ids differently (CAT821), which keeps the whole
    // site unpublished; the bench times rebuilds, so those links are made external.
    private static string WithoutFragmentLinks(string name, string text) =>
        name.Equals("README.md", StringComparison.OrdinalIgnoreCase) ? text.Replace("](#", "](https://example.org/#", StringComparison.Ordinal) : text;

    private static string Entry(string repository, string category) => $"repository: {new Uri(repository).AbsoluteUri}\ncategory: {category}\n";

    // A site whose learn page links only to a project the bench has (the committed learn pages name real ones).
    private static void WriteSite(string root, string project)
    {
        var repository = Corpus.RepositoryRoot();
        Copy(Path.Combine(repository, "themes"), Path.Combine(root, "themes"));
        Copy(Path.Combine(repository, "schemas"), Path.Combine(root, "schemas"));
        Directory.CreateDirectory(Path.Combine(root, "tools"));
        Directory.CreateSymbolicLink(Path.Combine(root, "tools", "search"), Path.Combine(repository, "tools", "search"));
        var site = Path.Combine(root, "site");
        Directory.CreateDirectory(Path.Combine(site, "learn"));
        File.Copy(Path.Combine(repository, "site", "categories.yml"), Path.Combine(site, "categories.yml"));
        File.WriteAllText(Path.Combine(site, "site.yml"), $"""
            title: Fleet Catalog
            tagline: Benchmark catalog.
            base-url: https://catalog.example.org/
            edit-link-base: https://github.com/fleet-catalog/fleet-catalog/edit/main/
            navigation:
              - {"{"} label: Projects, url: /projects/ {"}"}
              - {"{"} label: Learn, url: /learn/ {"}"}
            featured: [{project}]
            """);
        File.WriteAllText(Path.Combine(site, "learn", "first-steps.md"), $"""
            ---
            title: First steps
            summary: Deploy a project in one click.
            order: 1
            difficulty: beginner
            ---
            Pick a project such as [this one](/projects/{project}/).
            """);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"Serving at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingLine();
}
