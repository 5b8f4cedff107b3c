using System.Collections.Concurrent;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Output;

/// <summary>
/// Checks every internal link of a built site before it goes live: relative and site-absolute URLs, and
/// absolute ones on the site's own base URL. The target file must exist (<c>projects/x/</c> is
/// <c>projects/x/index.html</c>), a fragment must name an id in the target page, a query is ignored.
/// Broken links are CAT820, missing fragments CAT821, at the URL's line and column in the page.
/// </summary>
internal static class LinkChecker
{
    // Suggestions cost a pass over every address; a theme with one bad link repeats it on every page.
    private const int MaxSuggestions = 200;

    /// <param name="siteRoot">The folder holding the files (a <see cref="SiteOutput"/>'s staging folder).</param>
    /// <param name="files">Every file of the site, site-relative (<see cref="SiteOutput.Files"/>); HTML ones are read.</param>
    public static IReadOnlyList<Diagnostic> Check(string siteRoot, IReadOnlyCollection<string> files, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(files);
        var existing = files.ToHashSet(StringComparer.Ordinal);
        var scans = new ConcurrentDictionary<string, HtmlScan>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(IsPage), page => scans[page] = ScanFile(siteRoot, page));
        var addresses = new Lazy<string[]>(() => [.. existing.Select(SitePath.UrlPathOf)]);
        var suggestions = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var (page, scan) in scans.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var link in scan.Links)
            {
                var message = Problem(page, link, urls, existing, scans, siteRoot, target => Suggest(target, addresses, suggestions));
                if (message is not null)
                {
                    var span = new SourceSpan(link.Line, link.Column, link.Line, link.Column + link.Url.Length);
                    diagnostics.Add(message.Value.Code.Create(message.Value.Text, page, span));
                }
            }
        }

        return diagnostics;
    }

    /// <summary>The same, for every file under <paramref name="siteRoot"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(string siteRoot, SiteUrls urls)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var files = Directory.EnumerateFiles(siteRoot, "*", options)
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        return Check(siteRoot, files, urls);
    }

    private static (DiagnosticDescriptor Code, string Text)? Problem(
        string page, HtmlLink link, SiteUrls urls, HashSet<string> existing, ConcurrentDictionary<string, HtmlScan> scans, string siteRoot, Func<string, string> suggest)
    {
        var target = LinkTarget.Resolve(page, link.Url, urls);
        switch (target.Kind)
        {
            case LinkTargetKind.External:
                return null;
            case LinkTargetKind.Malformed:
                return (DiagnosticCodes.BrokenLink, $"The link '{link.Url}' is not a valid address, so it leads nowhere; check it for stray characters.");
            case LinkTargetKind.OutsideBase:
                return (DiagnosticCodes.BrokenLink,
                    $"The link '{link.Url}' starts at the host's root, but the site lives under {urls.BasePath}, so it leads off the site; write it relative or as '{urls.BasePath}{target.Path.TrimStart('/')}'.");
        }

        var file = target.Path.Length == 0 || target.Path.EndsWith('/') ? target.Path + "index.html" : target.Path;
        if (!existing.Contains(file))
        {
            // Hosts send "projects/x" on to "projects/x/" when that folder has an index page.
            if (existing.Contains(file + "/index.html"))
            {
                file += "/index.html";
            }
            else
            {
                return (DiagnosticCodes.BrokenLink,
                    Sentence($"The link '{link.Url}' leads nowhere: nothing on the site is at {Describe(target.Path)}, so a visitor would get 'page not found'", suggest(target.Path)));
            }
        }

        if (target.Fragment is not { Length: > 0 } fragment || fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || !HasIds(file))
        {
            return null;
        }

        var ids = file == page ? scans[page].Ids : scans.GetOrAdd(file, f => ScanFile(siteRoot, f)).Ids;
        var decoded = Uri.UnescapeDataString(fragment);
        if (ids.Contains(fragment) || ids.Contains(decoded))
        {
            return null;
        }

        return (DiagnosticCodes.LinkFragmentMissing,
            Sentence(
                $"The link '{link.Url}' jumps to '#{decoded}', but {Describe(SitePath.UrlPathOf(file))} has no element with that id, so the visitor lands at the top of the page instead",
                DidYouMean.Phrase(DidYouMean.Closest(decoded, ids))));
    }

    private static string Suggest(string path, Lazy<string[]> addresses, Dictionary<string, string> cache)
    {
        if (!cache.TryGetValue(path, out var phrase))
        {
            phrase = cache.Count < MaxSuggestions ? DidYouMean.Phrase(DidYouMean.Closest(path, addresses.Value)) : string.Empty;
            cache[path] = phrase;
        }

        return phrase;
    }

    private static string Sentence(string text, string suggestion) => suggestion.Length == 0 ? text + "." : text + suggestion;

    private static string Describe(string path) => path.Length == 0 ? "the home page" : $"'{path}'";

    private static HtmlScan ScanFile(string siteRoot, string file) =>
        HtmlLinkScanner.Scan(File.ReadAllText(Path.Combine(siteRoot, file.Replace('/', Path.DirectorySeparatorChar))));

    private static bool IsPage(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    // Fragments of other files (a PDF page, a JSON pointer) are not ids; SVG sprites' are.
    private static bool HasIds(string file) => IsPage(file) || file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
}
