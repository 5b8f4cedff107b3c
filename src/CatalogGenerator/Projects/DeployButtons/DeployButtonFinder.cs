using System.Net;
using System.Text.RegularExpressions;
using FleetCatalog.DeployButton;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Projects.DeployButtons;

/// <summary>
/// Finds every link to balena's deploy page in a README: Markdown inline links and images' links, reference
/// definitions, autolinks, bare URLs and HTML <c>href</c>s, but not examples in code or HTML comments.
/// </summary>
internal static partial class DeployButtonFinder
{
    public static IReadOnlyList<DeployButtonLink> Find(string markdown)
    {
        // Most READMEs have no deploy link, or one: what is hidden and where lines start are worked out only for those that do.
        var matches = DeployUrlStart().Matches(markdown);
        if (matches.Count == 0)
        {
            return [];
        }

        var hidden = MarkdownHiddenText.Find(markdown);
        var lineStarts = LineStarts(markdown);
        var links = new List<DeployButtonLink>();
        foreach (Match match in matches)
        {
            if (hidden[match.Index])
            {
                continue;
            }

            var end = UrlEnd(markdown, match.Index);
            var url = Unescape(markdown[match.Index..end]);
            links.Add(new DeployButtonLink(url, SpanOf(lineStarts, match.Index, end), QueryParameters(url)));
        }

        return links;
    }

    /// <summary>The deploy link's query as name/value pairs, decoded by the DeployButton library's parser (the first of a repeated name wins).</summary>
    public static IReadOnlyDictionary<string, string> QueryParameters(string url)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (DeployLink.TryParse(url, out var link))
        {
            foreach (var (name, value) in link.Parameters)
            {
                parameters.TryAdd(name, value);
            }
        }

        return parameters;
    }

    // The URL ends where what opened it says: ")" or a space after "(", ">" after "<", the quote after a quote. A bare
    // URL ends as GitHub's autolinks do, shedding the punctuation of the sentence around it ("click https://...x.").
    private static int UrlEnd(string text, int start)
    {
        var opener = start > 0 ? text[start - 1] : '\n';
        var bare = IsBare(text, start);
        var depth = 0;
        var end = start;
        for (; end < text.Length; end++)
        {
            var c = text[end];
            var stops = char.IsWhiteSpace(c) || opener switch
            {
                '(' => c == ')' && depth == 0,
                '<' => c == '>',
                '"' or '\'' => c == opener,
                '=' => c == '>',
                _ => bare && (c is '<' or '>' or '"' or '`' || (c == ')' && depth == 0)),
            };
            if (stops)
            {
                break;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }

        while (bare && end > start && text[end - 1] is '.' or ',' or ':' or ';' or '!' or '?' or '*' or '_' or '~' or '\'')
        {
            end--;
        }

        return end;
    }

    private static bool IsBare(string text, int index)
    {
        var before = index > 0 ? text[index - 1] : '\n';
        return before is not ('(' or '<' or '"' or '\'' or '=') && !(before == ' ' && index > 1 && text[index - 2] == ':');
    }

    // &amp; in HTML and in Markdown link destinations, and Markdown's backslash escapes (\_), are undone by the renderer.
    private static string Unescape(string written) =>
        WebUtility.HtmlDecode(BackslashEscape().Replace(written, "$1"));

    private static int[] LineStarts(string text)
    {
        var starts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts[line++] = i + 1;
        }

        return starts;
    }

    private static SourceSpan SpanOf(int[] lineStarts, int start, int end)
    {
        var (line, column) = Position(lineStarts, start);
        var (endLine, endColumn) = Position(lineStarts, end);
        return new SourceSpan(line, column, endLine, endColumn);
    }

    private static (int Line, int Column) Position(int[] lineStarts, int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }

    // Any spelling of the page (http, www.) counts as a button; "/deploy" must end there ("/deployments" is another page).
    [GeneratedRegex(@"https?://(?:www\.)?dashboard\.balena-cloud\.com/deploy(?![\w-])/?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeployUrlStart();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();
}
