using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
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
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // A new build of the tool may check links differently: its first build checks every page.
    private static readonly Guid ToolBuild = typeof(LinkChecker).Module.ModuleVersionId;

    // Suggestions cost a pass over every address; a theme with one bad link repeats it on every page.
    private const int MaxSuggestions = 200;

    /// <param name="siteRoot">The folder holding the files (a <see cref="SiteOutput"/>'s staging folder).</param>
    /// <param name="files">Every file of the site, site-relative (<see cref="SiteOutput.Files"/>); HTML ones are read.</param>
    public static IReadOnlyList<Diagnostic> Check(string siteRoot, IReadOnlyCollection<string> files, SiteUrls urls) =>
        Check(siteRoot, files, urls, previous: null, changed: []).Findings;

    /// <summary>
    /// As <see cref="Check(string, IReadOnlyCollection{string}, SiteUrls)"/>. With the live site's last check
    /// (<paramref name="previous"/>) and the files whose bytes differ from the live site's (<paramref name="changed"/>),
    /// only the changed pages are read for their links when that gives the same findings: the same base URL, build of
    /// the tool and list of files (so every link resolves to the same file or to none), and every changed page and SVG
    /// file with the same ids (so every fragment finds what it found). The unchanged pages' findings are then the
    /// previous ones. Anything else checks every page.
    /// </summary>
    public static LinkCheckResult Check(string siteRoot, IReadOnlyCollection<string> files, SiteUrls urls, LinkCheckBaseline? previous, IReadOnlyCollection<string> changed)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(changed);
        var existing = files.ToHashSet(StringComparer.Ordinal);
        var record = new LinkCheckRecord(urls.BaseUrl.AbsoluteUri, ToolBuild, FilesHash(existing));
        var scans = new ConcurrentDictionary<string, HtmlScan>(StringComparer.Ordinal);
        var onlyChanged = previous is not null && previous.Record == record && SameIds(siteRoot, changed, previous, scans);
        var pages = (onlyChanged ? changed : files).Where(IsPage).ToList();
        Parallel.ForEach(pages.Where(p => !scans.ContainsKey(p)), page => scans[page] = ScanFile(siteRoot, page));
        if (!onlyChanged)
        {
            // Every SVG's ids too, so that the next build can tell whether one that changes still has them.
            Parallel.ForEach(files.Where(f => IsSvg(f) && !scans.ContainsKey(f)), svg => scans[svg] = ScanFile(siteRoot, svg));
        }

        var findings = CheckPages(siteRoot, pages, existing, scans, urls);
        var ids = onlyChanged
            ? previous!.Ids.Where(i => existing.Contains(i.Key)).ToDictionary(StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, scan) in scans)
        {
            ids[file] = IdsHash(scan.Ids);
        }

        if (onlyChanged)
        {
            var changedPages = pages.ToHashSet(StringComparer.Ordinal);
            findings = [.. previous!.Findings.Where(d => !changedPages.Contains(d.File)).Concat(findings).OrderBy(d => d.File, StringComparer.Ordinal)];
        }

        return new LinkCheckResult(findings, record, ids, pages.Count);
    }

    /// <summary>Whether a finding is the link check's (CAT820, CAT821).</summary>
    public static bool IsLinkFinding(Diagnostic finding) =>
        finding.Code == DiagnosticCodes.BrokenLink.Code || finding.Code == DiagnosticCodes.LinkFragmentMissing.Code;

    /// <summary>The hash of a page's ids that <see cref="LinkCheckBaseline.Ids"/> keeps: equal when the ids are.</summary>
    public static string IdsHash(IReadOnlySet<string> ids)
    {
        var text = new StringBuilder();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            text.Append(id.Length).Append(':').Append(id);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }

    // Pages and SVG files whose bytes changed must have the ids the last check saw. They are read on every core and kept
    // in scans: when a theme change rewrites every page, checking them all is what follows either way.
    private static bool SameIds(string siteRoot, IReadOnlyCollection<string> changed, LinkCheckBaseline previous, ConcurrentDictionary<string, HtmlScan> scans)
    {
        Parallel.ForEach(changed.Where(HasIds), file => scans[file] = ScanFile(siteRoot, file));
        return scans.All(s => previous.Ids.TryGetValue(s.Key, out var before) && before == IdsHash(s.Value.Ids));
    }

    private static string FilesHash(IEnumerable<string> files) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', files.Order(StringComparer.Ordinal)))));

    private static List<Diagnostic> CheckPages(string siteRoot, List<string> pages, HashSet<string> existing, ConcurrentDictionary<string, HtmlScan> scans, SiteUrls urls)
    {
        // Every page's links are checked on every core; only the wording that depends on the order (suggestions, of
        // which there are at most MaxSuggestions) and the positions are worked out after, page by page.
        var targets = new LinkTargetCache(urls);
        var problems = new ConcurrentDictionary<string, List<(HtmlLink Link, LinkProblem Problem)>>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            var found = scans[page].Links.Select(link => (link, Problem(page, link, targets, urls, existing, scans, siteRoot)))
                .Where(p => p.Item2 is not null)
                .Select(p => (p.link, p.Item2!.Value))
                .ToList();
            if (found.Count > 0)
            {
                problems[page] = found;
            }
        });

        var addresses = new Lazy<string[]>(() => [.. existing.Select(SitePath.UrlPathOf)]);
        var suggestions = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var (page, found) in problems.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Positions are worked out for the links reported alone, from the page read again.
            var text = ReadPage(siteRoot, page);
            foreach (var (link, problem) in found)
            {
                var (line, column) = HtmlLinkScanner.Position(text, link.Offset);
                var span = new SourceSpan(line, column, line, column + link.Url.Length);
                var message = problem.SuggestFor is { } path ? Sentence(problem.Text, Suggest(path, addresses, suggestions)) : problem.Text;
                diagnostics.Add(problem.Code.Create(message, page, span));
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

    private static LinkProblem? Problem(
        string page, HtmlLink link, LinkTargetCache targets, SiteUrls urls, HashSet<string> existing, ConcurrentDictionary<string, HtmlScan> scans, string siteRoot)
    {
        var target = targets.Resolve(page, link.Url);
        switch (target.Kind)
        {
            case LinkTargetKind.External:
                return null;
            case LinkTargetKind.Malformed:
                return new(DiagnosticCodes.BrokenLink, $"The link '{link.Url}' is not a valid address, so it leads nowhere; check it for stray characters.");
            case LinkTargetKind.OutsideBase:
                return new(DiagnosticCodes.BrokenLink,
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
                return new(DiagnosticCodes.BrokenLink,
                    $"The link '{link.Url}' leads nowhere: nothing on the site is at {Describe(target.Path)}, so a visitor would get 'page not found'",
                    target.Path);
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

        return new(DiagnosticCodes.LinkFragmentMissing,
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

    // Read into buffers lent for the scan: each page's text as a string was a third of the check's allocations.
    private static HtmlScan ScanFile(string siteRoot, string file)
    {
        using var handle = File.OpenHandle(FullPath(siteRoot, file));
        var length = checked((int)RandomAccess.GetLength(handle));
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, bytes.AsSpan(read, length - read), read) is var n and > 0)
            {
                read += n;
            }

            var utf8 = bytes.AsSpan(0, read);
            if (HasOtherByteOrderMark(utf8))
            {
                return HtmlLinkScanner.Scan(ReadPage(siteRoot, file));
            }

            // Offsets must match the text ReadPage gives for positions, which drops a UTF-8 byte order mark.
            utf8 = utf8.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;
            var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
            try
            {
                return HtmlLinkScanner.Scan(chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, chars)));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // UTF-16 and UTF-32 marks: such a page is read as File.ReadAllText reads it.
    private static bool HasOtherByteOrderMark(ReadOnlySpan<byte> bytes) => bytes.StartsWith((byte[])[0xFF, 0xFE]) || bytes.StartsWith((byte[])[0xFE, 0xFF]) || bytes.StartsWith((byte[])[0, 0, 0xFE, 0xFF]);

    private static string ReadPage(string siteRoot, string file) => File.ReadAllText(FullPath(siteRoot, file));

    private static string FullPath(string siteRoot, string file) => Path.Combine(siteRoot, file.Replace('/', Path.DirectorySeparatorChar));

    private static bool IsPage(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private readonly record struct LinkProblem(DiagnosticDescriptor Code, string Text, string? SuggestFor = null);

    // Fragments of other files (a PDF page, a JSON pointer) are not ids; SVG sprites' are.
    private static bool HasIds(string file) => IsPage(file) || IsSvg(file);

    private static bool IsSvg(string file) => file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
}
