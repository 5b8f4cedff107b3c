using System.Text;

namespace FleetCatalog.DeployButton;

/// <summary>The Markdown and HTML that authors paste into a README to show the "Deploy with balena" button.</summary>
/// <example>
/// <code>
/// DeployButtonSnippet.Markdown(DeployUrl.Create("https://github.com/owner/repo"));
/// // [![Deploy with balena](https://www.balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/owner/repo)
/// </code>
/// </example>
public static class DeployButtonSnippet
{
    /// <summary>The button's text for people who cannot see the image: "Deploy with balena".</summary>
    public const string AltText = "Deploy with balena";

    /// <summary>balena's official button image, SVG: <c>https://www.balena.io/deploy.svg</c>.</summary>
    public const string SvgImageUrl = "https://www.balena.io/deploy.svg";

    /// <summary>balena's official button image, PNG: <c>https://www.balena.io/deploy.png</c>.</summary>
    public const string PngImageUrl = "https://www.balena.io/deploy.png";

    /// <summary>The address of one of the official button images.</summary>
    /// <param name="image">Which image.</param>
    /// <returns><see cref="SvgImageUrl"/> or <see cref="PngImageUrl"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="image"/> is not a defined value.</exception>
    public static string ImageUrl(DeployButtonImage image) => image switch
    {
        DeployButtonImage.Svg => SvgImageUrl,
        DeployButtonImage.Png => PngImageUrl,
        _ => throw new ArgumentOutOfRangeException(nameof(image), image, "Use DeployButtonImage.Svg or DeployButtonImage.Png."),
    };

    /// <summary>The button as Markdown: <c>[![Deploy with balena](image)](link)</c>, on one line.</summary>
    /// <param name="url">The deploy link.</param>
    /// <param name="image">Which official image to show.</param>
    /// <returns>The Markdown snippet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static string Markdown(DeployUrl url, DeployButtonImage image = DeployButtonImage.Svg)
    {
        ArgumentNullException.ThrowIfNull(url);

        // A DeployUrl holds no space, parenthesis or angle bracket (all percent-encoded), so it needs no Markdown escaping.
        return $"[![{AltText}]({ImageUrl(image)})]({url})";
    }

    /// <summary>The button as HTML: <c>&lt;a href="link"&gt;&lt;img src="image" alt="Deploy with balena"&gt;&lt;/a&gt;</c>, attributes escaped (<c>&amp;</c> becomes <c>&amp;amp;</c>).</summary>
    /// <param name="url">The deploy link.</param>
    /// <param name="image">Which official image to show.</param>
    /// <returns>The HTML snippet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static string Html(DeployUrl url, DeployButtonImage image = DeployButtonImage.Svg)
    {
        ArgumentNullException.ThrowIfNull(url);
        return $"<a href=\"{Attribute(url.ToString())}\"><img src=\"{Attribute(ImageUrl(image))}\" alt=\"{Attribute(AltText)}\"></a>";
    }

    private static string Attribute(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
