using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FleetCatalog.Benchmarks;
using FleetCatalog.Benchmarks.Site;

// --quick [--passes N] [--corpus DIR] [--bulk N] [--jit]: stopwatch timing of `catalog validate` over the corpus, one
// invocation per project, then one invocation over N copies of it (default 1,000), in process and as a process.
// Anything else goes to BenchmarkDotNet (e.g. --filter '*'), run in process: the machine is small and
// shared, and a generated benchmark project would inherit this repository's build settings.
if (args.Contains("--quick"))
{
    var passes = Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 10;
    var bulk = Option(args, "--bulk") is { } b ? int.Parse(b, CultureInfo.InvariantCulture) : 1000;
    return await QuickRun.RunAsync(Option(args, "--corpus"), passes, bulk, readyToRun: !args.Contains("--jit"));
}

// --guides [--passes N] [--corpus DIR]: where a guide's render time goes, step by step, and how rendering spreads over the cores.
if (args.Contains("--guides"))
{
    return GuideSplitRun.Run(Option(args, "--corpus"), Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 10, Console.Out);
}

// --refresh N [--passes N] [--corpus DIR]: refresh N local repositories, cold then unchanged.
if (Option(args, "--refresh") is { } n)
{
    var passes = Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 3;
    return await RefreshRun.RunAsync(Option(args, "--corpus"), int.Parse(n, CultureInfo.InvariantCulture), passes);
}

// --search N [--passes N] [--corpus DIR]: a site of N projects with its Pagefind index, searched in headless Chromium.
if (Option(args, "--search") is { } pages)
{
    var passes = Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 5;
    return await SearchRun.RunAsync(Option(args, "--corpus"), int.Parse(pages, CultureInfo.InvariantCulture), passes);
}

// --serve N [--passes N] [--corpus DIR] [--no-search]: catalog serve on N projects; time from a one-file edit to the reload event.
if (Option(args, "--serve") is { } projects)
{
    var passes = Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 5;
    return await ServeRun.RunAsync(Option(args, "--corpus"), int.Parse(projects, CultureInfo.InvariantCulture), passes, args.Contains("--no-search"));
}

// --links DIR [--base URL] [--passes N]: the build's link check over a built site (BENCH_KEEP=1 with --site keeps one).
if (Option(args, "--links") is { } site)
{
    var passes = Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 10;
    return LinkCheckRun.Run(site, Option(args, "--base") ?? "https://catalog.example.org/", passes, Console.Out);
}

// --site 100,1000 [--runs 5] [--no-hugo] [--no-search] [--no-docs] [--jit] [--corpus DIR]: our build against Hugo,
// no-op and one-change rebuilds, peak memory; the table goes into docs/benchmarks.md (see SiteBench).
if (Option(args, "--site") is { } sizes)
{
    var root = Corpus.RepositoryRoot();
    var options = new SiteBenchOptions(
        [.. sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
        Option(args, "--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 5,
        Corpus.Find(Option(args, "--corpus")),
        root,
        args.Contains("--no-docs") ? null : Path.Combine(root, "docs", "benchmarks.md"),
        Search: !args.Contains("--no-search"),
        Hugo: !args.Contains("--no-hugo"),
        "dotnet run -c Release --project bench/CatalogGenerator.Benchmarks -- " + string.Join(' ', args),
        ReadyToRun: !args.Contains("--jit"));
    return await SiteBench.RunAsync(options, Console.Out);
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(ValidateCorpusBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
return 0;

static string? Option(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
