namespace FleetCatalog.Output;

/// <summary>
/// /catalog.json (every project) and /projects/&lt;slug&gt;.json (one), schema version
/// <see cref="SchemaVersion"/>, documented field by field in docs/catalog-json.md. Keys keep a fixed order
/// and projects are sorted by slug, so an unchanged catalog gives byte-identical files.
/// </summary>
internal static class CatalogJsonWriter
{
    /// <summary>Raised only when a field changes meaning or is removed; new fields do not raise it.</summary>
    public const int SchemaVersion = 1;

    public static string WriteCatalog(SiteUrls urls, IEnumerable<CatalogProject> projects)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var sorted = projects.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var json = new JsonOutput().StartObject()
            .Name("schemaVersion").Number(SchemaVersion)
            .Name("baseUrl").String(urls.BaseUrl.AbsoluteUri)
            .Name("count").Number(sorted.Count)
            .Name("projects").StartArray();
        sorted.ForEach(p => WriteProject(json, urls, p));
        return json.EndArray().EndObject().ToString();
    }

    public static string WriteProject(SiteUrls urls, CatalogProject project)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var json = new JsonOutput().StartObject()
            .Name("schemaVersion").Number(SchemaVersion)
            .Name("baseUrl").String(urls.BaseUrl.AbsoluteUri)
            .Name("project");
        WriteProject(json, urls, project);
        return json.EndObject().ToString();
    }

    /// <summary>The status as catalog.json and the badge name it: ok, warnings, failing, stale.</summary>
    public static string StatusName(ProjectStatus status) => status.ToString().ToLowerInvariant();

    private static void WriteProject(JsonOutput json, SiteUrls urls, CatalogProject p)
    {
        json.StartObject()
            .Name("slug").String(p.Slug)
            .Name("name").String(p.Name)
            .Name("description").String(p.Description)
            .Name("version").String(p.Version)
            .Name("type").String(p.Type == CatalogProjectType.App ? "app" : "block")
            .Name("category").String(p.Category)
            .Name("tags").Strings(p.Tags)
            .Name("repository").String(p.Repository)
            .Name("commit").String(p.Commit)
            .Name("license").String(p.License)
            .Name("stars").Number(p.Stars)
            .Name("updatedAt").String(p.UpdatedAt is { } updated ? XmlOutput.Timestamp(updated) : null)
            .Name("boards").StartArray();
        foreach (var board in p.Boards)
        {
            json.StartObject()
                .Name("slug").String(board.Slug)
                .Name("name").String(board.Name)
                .Name("arch").String(board.Architecture)
                .Name("default").Bool(board.IsDefault)
                .EndObject();
        }

        json.EndArray()
            .Name("architectures").Strings(p.Boards.Select(b => b.Architecture).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Name("difficulty").String(p.Difficulty?.ToString().ToLowerInvariant())
            .Name("duration").Number(p.Duration is { } d ? (long)d.TotalMinutes : null)
            .Name("worksByDefault").Bool(p.WorksByDefault)
            .Name("status").String(StatusName(p.Status))
            .Name("deployUrl").String(p.DeployUrl)
            .Name("logo");
        if (p.Logo is { } logo)
        {
            json.StartObject().Name("url").String(logo.Url).Name("width").Number(logo.Width).Name("height").Number(logo.Height).EndObject();
        }
        else
        {
            json.Null();
        }

        json.Name("links").StartObject()
            .Name("page").String(urls.Absolute(SiteUrls.ProjectPage(p.Slug)))
            .Name("json").String(urls.Absolute(SiteUrls.ProjectJson(p.Slug)))
            .Name("badge").String(urls.Absolute(SiteUrls.Badge(p.Slug)))
            .EndObject()
            .EndObject();
    }
}
