using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// The guide pipeline's hot paths on every corpus README, in memory: the whole guide render (Markdig, sanitiser,
/// headings, links, deploy buttons), Markdig alone and the sanitiser alone, so the split of the render stage is known;
/// and the sanitiser's tree as the build makes it (built from Markdig's HTML, else parsed) against always parsed.
/// </summary>
[MemoryDiagnoser]
public class RenderCorpusBenchmarks
{
    private static readonly RepositoryUrl Repository = RepositoryUrl.Parse("https://github.com/example/project")!;
    private readonly GuideRenderer _renderer = new();
    private readonly GuideMarkdown _markdown = new();
    private readonly GuideSanitizer _sanitizer = new();
    private readonly HtmlParser _parser = new();
    private List<string> _readmes = [];
    private List<string> _html = [];

    [GlobalSetup]
    public void Setup()
    {
        _readmes = [.. Corpus.Projects(Corpus.Find()).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Select(File.ReadAllText)];
        _html = [.. _readmes.Select(r => _markdown.ToHtml(r, "README.md", new List<Diagnostic>()))];
    }

    /// <summary>What the build does per project page: README to safe HTML.</summary>
    [Benchmark(Baseline = true)]
    public int RenderGuides()
    {
        var length = 0;
        foreach (var readme in _readmes)
        {
            length += _renderer.Render(readme, new GuideContext(Repository, "0123456789abcdef0123456789abcdef01234567") { DropTitle = true }).Html.Length;
        }

        return length;
    }

    /// <summary>Markdig alone (GitHub-flavoured pipeline).</summary>
    [Benchmark]
    public int MarkdownOnly()
    {
        var length = 0;
        foreach (var readme in _readmes)
        {
            length += _markdown.ToHtml(readme, "README.md", new List<Diagnostic>()).Length;
        }

        return length;
    }

    /// <summary>The sanitiser alone (its tree, our passes, HtmlSanitizer), on Markdig's output.</summary>
    [Benchmark]
    public int SanitiseOnly() => Documents(_sanitizer.Sanitize);

    /// <summary>The documents the sanitiser starts from, as the build makes them.</summary>
    [Benchmark]
    public int TreeBuilt() => Documents(GuideSanitizer.Build);

    /// <summary>The same documents, every one parsed by AngleSharp (how they were made before).</summary>
    [Benchmark]
    public int TreeParsed() => Documents(html => _parser.ParseDocument("<!doctype html><html><body>" + html));

    // Each corpus README's HTML made into a document and thrown away; the count keeps the work from being optimised out.
    private int Documents(Func<string, IHtmlDocument> make)
    {
        var nodes = 0;
        foreach (var html in _html)
        {
            using var document = make(html);
            nodes += document.Body!.ChildElementCount;
        }

        return nodes;
    }
}
