using System.Text;

namespace FleetCatalog.DeployButton;

/// <summary>
/// A "Deploy with balena" link that the balena dashboard can use: https addresses only, no secrets, the repository
/// address normalised. Build one with <see cref="Create"/> or <see cref="TryCreate"/>; read an existing link with
/// <see cref="DeployLink.Parse"/>. <see cref="ToString"/> gives the link itself.
/// </summary>
/// <example>
/// <code>
/// var url = DeployUrl.Create("https://github.com/balena-labs-projects/balena-sound.git", defaultDeviceType: "raspberrypi4-64");
/// // https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/balena-labs-projects/balena-sound&amp;defaultDeviceType=raspberrypi4-64
/// </code>
/// </example>
public sealed class DeployUrl : IEquatable<DeployUrl>
{
    /// <summary>balena's deploy page, which every deploy link opens: <c>https://dashboard.balena-cloud.com/deploy</c>.</summary>
    public const string DeployPage = "https://dashboard.balena-cloud.com/deploy";

    private readonly string _href;

    private DeployUrl(string repositoryUrl, string? defaultDeviceType, string? configUrl, string? tarballUrl)
    {
        RepositoryUrl = repositoryUrl;
        DefaultDeviceType = defaultDeviceType;
        ConfigUrl = configUrl;
        TarballUrl = tarballUrl;
        var href = new StringBuilder(DeployPage).Append("?repoUrl=").Append(QueryString.Encode(repositoryUrl));
        Append(href, DeployParameter.DeviceType, defaultDeviceType);
        Append(href, DeployParameter.Config, configUrl);
        Append(href, DeployParameter.Tarball, tarballUrl);
        _href = href.ToString();
    }

    /// <summary>
    /// The project's repository (<c>repoUrl</c>), normalised: <c>https://</c>, lowercase host, no default port, no
    /// <c>www.</c> on GitHub, GitLab, Bitbucket and Codeberg, no <c>.git</c> and no trailing slash.
    /// </summary>
    public string RepositoryUrl { get; }

    /// <summary>The device type the dashboard preselects (<c>defaultDeviceType</c>), a slug such as <c>raspberrypi4-64</c>; null to leave the dashboard's default.</summary>
    public string? DefaultDeviceType { get; }

    /// <summary>The balena.yml to read instead of the one at the repository's root (<c>configUrl</c>); null for the root one.</summary>
    public string? ConfigUrl { get; }

    /// <summary>The archive to build instead of the repository's default branch (<c>tarballUrl</c>); null to let the dashboard download the repository.</summary>
    public string? TarballUrl { get; }

    /// <summary>
    /// Builds a deploy link, throwing when a value cannot be used. Values are trimmed; see <see cref="TryCreate"/> for
    /// what is checked and normalised.
    /// </summary>
    /// <param name="repositoryUrl">The repository, such as <c>https://github.com/owner/repo</c>.</param>
    /// <param name="defaultDeviceType">A device-type slug to preselect, or null.</param>
    /// <param name="configUrl">The https address of a balena.yml elsewhere than the repository's root, or null.</param>
    /// <param name="tarballUrl">The https address of the archive to build, or null.</param>
    /// <returns>The deploy link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="repositoryUrl"/> is null.</exception>
    /// <exception cref="ArgumentException">A value cannot be used; the message says why and, where likely, what was meant.</exception>
    public static DeployUrl Create(string repositoryUrl, string? defaultDeviceType = null, string? configUrl = null, string? tarballUrl = null)
    {
        ArgumentNullException.ThrowIfNull(repositoryUrl);
        var result = TryCreate(repositoryUrl, defaultDeviceType, configUrl, tarballUrl);
        if (result.Succeeded)
        {
            return result.Url;
        }

        var error = result.Errors[0];
        var argument = error.Parameter switch
        {
            "repoUrl" => nameof(repositoryUrl),
            "defaultDeviceType" => nameof(defaultDeviceType),
            "configUrl" => nameof(configUrl),
            _ => nameof(tarballUrl),
        };
        throw new ArgumentException(error.Message, argument);
    }

    /// <summary>
    /// Builds a deploy link, or says what is wrong with each value that cannot be used. Rejected: an empty value, an
    /// address that is not complete <c>https://</c> (http, git and SSH addresses, <c>https://github.com:owner/repo</c>),
    /// a user name or token in an address, a host the dashboard cannot reach, a repository address with a query, a
    /// fragment or a page inside the repository (<c>/tree/dev</c>), a GitHub or GitLab page that shows a file instead of
    /// the file, and a device type that is not a slug. Errors carry the value probably meant, where there is one.
    /// An empty optional value is an error, not "absent": pass null to leave a parameter out.
    /// </summary>
    /// <param name="repositoryUrl">The repository, such as <c>https://github.com/owner/repo</c>.</param>
    /// <param name="defaultDeviceType">A device-type slug to preselect, or null.</param>
    /// <param name="configUrl">The https address of a balena.yml elsewhere than the repository's root, or null.</param>
    /// <param name="tarballUrl">The https address of the archive to build, or null.</param>
    /// <returns>The link, or every error found (one per value at most), in the order of the parameters.</returns>
    public static DeployUrlResult TryCreate(string? repositoryUrl, string? defaultDeviceType = null, string? configUrl = null, string? tarballUrl = null)
    {
        var errors = new List<DeployButtonError>();
        var repository = RepositoryAddress.Check(repositoryUrl, out var error);
        Collect(errors, error);
        var device = defaultDeviceType is null ? null : DeviceSlug.Check(defaultDeviceType, out error);
        Collect(errors, defaultDeviceType is null ? null : error);
        var config = configUrl is null ? null : FileAddress.Check(DeployParameter.Config, configUrl, out error);
        Collect(errors, configUrl is null ? null : error);
        var tarball = tarballUrl is null ? null : FileAddress.Check(DeployParameter.Tarball, tarballUrl, out error);
        Collect(errors, tarballUrl is null ? null : error);
        return errors.Count > 0 ? new DeployUrlResult(null, errors) : new DeployUrlResult(new DeployUrl(repository!, device, config, tarball), []);
    }

    /// <summary>The link as a <see cref="Uri"/>.</summary>
    /// <returns>The absolute URI of the link.</returns>
    public Uri ToUri() => new(_href, UriKind.Absolute);

    /// <summary>
    /// The link: <see cref="DeployPage"/> with <c>repoUrl</c>, then <c>defaultDeviceType</c>, <c>configUrl</c> and
    /// <c>tarballUrl</c> when set. Values are percent-encoded except ':' and '/', which stay readable as in balena's docs.
    /// </summary>
    /// <returns>The absolute URL, ready for an <c>href</c> (HTML-escape it there: it may contain '&amp;').</returns>
    public override string ToString() => _href;

    /// <summary>True when both are the same link, parameter for parameter (ordinal comparison of the normalised values).</summary>
    /// <param name="other">The other link.</param>
    /// <returns>Whether the links are equal.</returns>
    public bool Equals(DeployUrl? other) => other is not null && string.Equals(_href, other._href, StringComparison.Ordinal);

    /// <inheritdoc cref="Equals(DeployUrl)"/>
    public override bool Equals(object? obj) => Equals(obj as DeployUrl);

    /// <summary>A hash of the link.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_href);

    private static void Append(StringBuilder href, DeployParameter parameter, string? value)
    {
        if (value is not null)
        {
            href.Append('&').Append(parameter.Name).Append('=').Append(QueryString.Encode(value));
        }
    }

    private static void Collect(List<DeployButtonError> errors, DeployButtonError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
