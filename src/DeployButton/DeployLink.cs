using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace FleetCatalog.DeployButton;

/// <summary>
/// What an existing deploy link says, read tolerantly, as the dashboard would read it: any spelling of the deploy page
/// (<c>http</c>, <c>www.</c>, a trailing slash), with or without a query, unknown parameters kept. Values are decoded
/// but not checked: <see cref="Validate"/> says whether the link works and gives its normalised form. Used to check
/// the buttons in a README.
/// </summary>
/// <example>
/// <code>
/// if (DeployLink.TryParse(href, out var link) &amp;&amp; link.RepositoryUrl is { } repo) { … }
/// </code>
/// </example>
public sealed partial class DeployLink
{
    private DeployLink(string url, bool isCanonicalAddress, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        Url = url;
        IsCanonicalAddress = isCanonicalAddress;
        Parameters = parameters;
    }

    /// <summary>The link as given (trimmed).</summary>
    public string Url { get; }

    /// <summary>False when the link spells the deploy page in another way than <see cref="DeployUrl.DeployPage"/> (<c>http://</c>, <c>www.</c>, capitals, a trailing slash).</summary>
    public bool IsCanonicalAddress { get; }

    /// <summary>Every query parameter in order, decoded as a browser does ('+' is a space), including unknown names and repeats.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>The <c>repoUrl</c> as written (decoded); null when the link has none and leaves the repository to the browser's referrer, which ad blockers and some browsers drop.</summary>
    public string? RepositoryUrl => Get(DeployParameter.Repository);

    /// <summary>The <c>defaultDeviceType</c> as written (decoded); null when absent.</summary>
    public string? DefaultDeviceType => Get(DeployParameter.DeviceType);

    /// <summary>The <c>configUrl</c> as written (decoded); null when absent.</summary>
    public string? ConfigUrl => Get(DeployParameter.Config);

    /// <summary>The <c>tarballUrl</c> as written (decoded); null when absent.</summary>
    public string? TarballUrl => Get(DeployParameter.Tarball);

    /// <summary>Parameters the dashboard does not document (names compare case-sensitively, as the dashboard's do: <c>repourl</c> is unknown).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> UnknownParameters =>
        [.. Parameters.Where(p => p.Key is not ("repoUrl" or "defaultDeviceType" or "configUrl" or "tarballUrl"))];

    /// <summary>Reads a link to balena's deploy page; false for any other text (a hub page, an image address, not a URL).</summary>
    /// <param name="url">The link as the browser gets it (undo HTML entities such as <c>&amp;amp;</c> first).</param>
    /// <param name="link">The link's parts, when it is one.</param>
    /// <returns>Whether <paramref name="url"/> opens the deploy page.</returns>
    public static bool TryParse([NotNullWhen(true)] string? url, [NotNullWhen(true)] out DeployLink? link)
    {
        link = null;
        var text = url?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var match = DeployPage().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var rest = text[match.Length..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        var query = hash < 0 ? rest : rest[..hash];
        var parameters = QueryString.Parse(query.StartsWith('?') ? query[1..] : string.Empty);
        var canonical = text.StartsWith(DeployUrl.DeployPage, StringComparison.Ordinal) && match.Length == DeployUrl.DeployPage.Length;
        link = new DeployLink(text, canonical, parameters);
        return true;
    }

    /// <summary>Reads a link to balena's deploy page.</summary>
    /// <param name="url">The link as the browser gets it.</param>
    /// <returns>The link's parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="url"/> does not open <see cref="DeployUrl.DeployPage"/>.</exception>
    public static DeployLink Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return TryParse(url, out var link)
            ? link
            : throw new FormatException($"'{WebAddress.Masked(url.Trim())}' is not a link to balena's deploy page ({DeployUrl.DeployPage}).");
    }

    /// <summary>
    /// Checks the link's values as <see cref="DeployUrl.TryCreate"/> does and gives the normalised link. A link without
    /// <c>repoUrl</c> fails with <see cref="DeployButtonErrorKind.Missing"/>: it works only where the browser sends a
    /// referrer, so it is not a link to rely on. Unknown parameters are ignored here (see <see cref="UnknownParameters"/>).
    /// </summary>
    /// <returns>The normalised link, or every problem found.</returns>
    public DeployUrlResult Validate()
    {
        var result = DeployUrl.TryCreate(RepositoryUrl ?? string.Empty, DefaultDeviceType, ConfigUrl, TarballUrl);
        if (RepositoryUrl is not null)
        {
            return result;
        }

        var missing = new DeployButtonError(DeployParameter.Repository, DeployButtonErrorKind.Missing, null,
            "is missing (no repoUrl=): the dashboard then guesses the repository from the page the visitor came from, which ad blockers " +
            "and some browsers hide, so the button fails for them; add '?repoUrl=' and the repository's address.");
        return new DeployUrlResult(null, [missing, .. result.Errors.Skip(1)]);
    }

    /// <summary>The link as given.</summary>
    /// <returns><see cref="Url"/>.</returns>
    public override string ToString() => Url;

    // The first one counts when a name repeats, as URLSearchParams.get does.
    private string? Get(DeployParameter parameter) =>
        Parameters.FirstOrDefault(p => p.Key == parameter.Name) is { Key: not null } found ? found.Value : null;

    [GeneratedRegex(@"^https?://(?:www\.)?dashboard\.balena-cloud\.com/deploy/?(?=$|[?#])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeployPage();
}
