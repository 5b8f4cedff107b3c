using System.Diagnostics;
using System.Globalization;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Markdown.Alerts;
using FleetCatalog.Rendering.Markdown.CodeBlocks;
using FleetCatalog.Rendering.Markdown.DeployButtons;
using FleetCatalog.Rendering.Markdown.Headings;
using FleetCatalog.Rendering.Markdown.Links;
using FleetCatalog.Rendering.Markdown.Tables;
using FleetCatalog.Rendering.Markdown.TaskLists;
using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// <c>--guides</c>: where a guide's render time goes. Every corpus README goes through the steps of
/// <see cref="GuideRenderer"/> one at a time, each timed and its allocations counted, on one thread after warm-up
/// passes; then 1,000 guides (by default) on one thread against the same on every core, which shows how far the machine
/// lets rendering spread over its cores.
/// </summary>
internal static class GuideSplitRun
{
    private static readonly GuideContext Context =
        new(RepositoryUrl.Parse("https://github.com/example/project")!, "0123456789abcdef0123456789abcdef01234567") { DropTitle = true };

    // Shared as GuideRenderer shares them; the steps run on one thread.
    private static readonly GuideMarkdown Markdown = new();
    private static readonly GuideSanitizer Sanitizer = new();
    private const string TreeStep = "the tree (built from Markdig's HTML, else parsed)";

    /// <param name="scaling">How many guides the one-thread and all-cores rounds render.</param>
    public static int Run(string? corpusPath, int passes, TextWriter output, int scaling = 1000)
    {
        var readmes = Corpus.Projects(Corpus.Find(corpusPath)).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Select(File.ReadAllText).ToList();
        var steps = new Steps();
        for (var pass = 0; pass < passes + 3; pass++)
        {
            // The first passes run while the JIT tiers the code up: not counted.
            steps.Counting = pass >= 3;
            foreach (var readme in readmes)
            {
                RenderInSteps(readme, steps);
            }
        }

        var guides = passes * readmes.Count;
        var total = steps.Total;
        output.WriteLine($"{readmes.Count} corpus READMEs, {passes} passes on one thread: {Us(total.Time / guides)} per guide, {Kb(total.Bytes / guides)} allocated");
        output.WriteLine("| step | per guide | share | allocated per guide |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, (time, bytes)) in steps.All.OrderByDescending(s => s.Value.Time))
        {
            output.WriteLine($"| {name} | {Us(time / guides)} | {Format(time / total.Time * 100, "F1")} % | {Kb(bytes / guides)} |");
        }

        var renderer = new GuideRenderer();
        var many = Enumerable.Range(0, scaling).Select(i => readmes[i % readmes.Count]).ToList();
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var readme in many)
            {
                renderer.Render(readme, Context);
            }

            var one = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            Parallel.ForEach(many, readme => renderer.Render(readme, Context));
            var all = clock.Elapsed.TotalMilliseconds;
            output.WriteLine($"{Format(scaling, "N0")} guides: one thread {Format(one, "F0")} ms, {Environment.ProcessorCount} cores {Format(all, "F0")} ms ({Format(one / all, "F2")}x)");
        }

        return 0;
    }

    // The steps of GuideRenderer's RenderAnew, in its order; the sanitiser's own passes are its time less the tree's.
    private static void RenderInSteps(string readme, Steps steps)
    {
        var findings = new List<Diagnostic>();
        var text = steps.Time("input (cut, bidi controls)", () => GuideInput.Prepare(readme, "README.md", findings));
        var html = steps.Time("Markdig (Markdown to HTML)", () => Markdown.ToHtml(text, "README.md", findings));
        steps.Time(TreeStep, () => GuideSanitizer.Build(html).Dispose());
        using var document = steps.Time("sanitiser (the tree, then its passes)", () => Sanitizer.Sanitize(html));
        var body = document.Body!;
        steps.Time("task lists", () => TaskListCheckboxes.Apply(body));
        var ids = new GuideIds();
        steps.Time("headings", () => GuideHeadings.Apply(body, Context, ids));
        steps.Time("ids", () => ids.PrefixOthers(body));
        steps.Time("links and images", () => new GuideLinks(Context, ids).Apply(body));
        steps.Time("deploy button flags", () => DeployButtonFlags.Apply(body, Context));
        steps.Time("link names", () => LinkNames.Apply(body));
        steps.Time("alerts", () => AlertRoles.Apply(body));
        steps.Time("copy buttons", () => CopyButtons.Add(body));
        steps.Time("scrollable tables", () => ScrollableTables.Wrap(body));
        steps.Time("serialise (DOM to HTML)", () => body.InnerHtml);
        steps.Time("deploy links in the Markdown", () => DeployButtonFindings.Find(text, Context).ToList());
    }

    private static string Us(double milliseconds) => Format(milliseconds * 1000, "F0") + " µs";

    private static string Kb(double bytes) => Format(bytes / 1024, "F1") + " KB";

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private sealed class Steps
    {
        private readonly Dictionary<string, (double Time, double Bytes)> steps = new(StringComparer.Ordinal);

        public bool Counting { get; set; }

        public IReadOnlyDictionary<string, (double Time, double Bytes)> All => steps;

        // The tree is timed inside the sanitiser's step too: the total counts it once.
        public (double Time, double Bytes) Total =>
            steps.Where(s => s.Key != TreeStep).Aggregate((Time: 0.0, Bytes: 0.0), (sum, s) => (sum.Time + s.Value.Time, sum.Bytes + s.Value.Bytes));

        public T Time<T>(string name, Func<T> step)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = step();
            if (Counting)
            {
                var (time, allocated) = steps.GetValueOrDefault(name);
                steps[name] = (time + Stopwatch.GetElapsedTime(start).TotalMilliseconds, allocated + GC.GetAllocatedBytesForCurrentThread() - bytes);
            }

            return result;
        }

        public void Time(string name, Action step) => Time(name, () =>
        {
            step();
            return 0;
        });
    }
}
