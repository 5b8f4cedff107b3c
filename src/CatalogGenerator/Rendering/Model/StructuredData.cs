using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace FleetCatalog.Rendering.Model;

/// <summary>
/// JSON-LD for <c>&lt;script type="application/ld+json"&gt;</c>. Built by serialising, never by pasting strings,
/// and with every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped, so a description holding
/// <c>&lt;/script&gt;</c> cannot end the script element early.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Keeps accents readable; HTML-sensitive characters are still escaped by every JavaScriptEncoder.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A project as schema.org <c>SoftwareSourceCode</c>.</summary>
    public static SafeHtml ForProject(ProjectView project, SiteView site)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "SoftwareSourceCode",
            ["name"] = project.Name,
            ["description"] = project.Description,
            ["url"] = site.Absolute(StripBase(project.Url, site)),
            ["codeRepository"] = project.SourceUrl,
            ["runtimePlatform"] = "balenaOS",
        };
        Add(data, "version", project.Version);
        Add(data, "license", project.LicenceUrl);
        Add(data, "dateModified", project.LastUpdated?.Iso);
        Add(data, "image", project.Logo is null ? null : site.Absolute(StripBase(project.Logo.Url, site)));
        Add(data, "timeRequired", project.TimeIso);
        if (project.Tags.Count > 0)
        {
            data["keywords"] = project.Tags;
        }

        return Script(data);
    }

    /// <summary>Any serialisable value as JSON safe to place inside a script element.</summary>
    public static SafeHtml Script(object value)
    {
        var json = JsonSerializer.Serialize(value, Options);

        // The encoder already escapes these; repeating it here keeps the guarantee if the encoder ever changes.
        json = json.Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
        return new SafeHtml(json);
    }

    private static void Add(Dictionary<string, object> data, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            data[key] = value;
        }
    }

    private static string StripBase(string href, SiteView site) =>
        site.BasePath.Length > 0 && href.StartsWith(site.BasePath + "/", StringComparison.Ordinal) ? href[site.BasePath.Length..] : href;
}
