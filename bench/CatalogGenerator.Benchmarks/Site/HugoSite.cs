using System.Text;

namespace FleetCatalog.Benchmarks.Site;

/// <summary>
/// The same N README bodies as a Hugo site: one content page per project (title, the README as Markdown) and the
/// smallest layouts that give each a full HTML page and a list page, so Hugo renders what our guides render.
/// Hugo's own defaults add its RSS feeds and sitemap, as our build adds a feed and a sitemap.
/// </summary>
internal static class HugoSite
{
    public const string Program = "hugo";

    public static string Write(SyntheticCatalog catalog)
    {
        var root = Path.Combine(catalog.Root, "hugo");
        var content = Path.Combine(root, "content", "projects");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(root, "config.toml"), "baseURL = 'https://catalog.example.org/'\ntitle = 'Fleet Catalog'\nlanguageCode = 'en'\n");
        var layouts = Path.Combine(root, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"),
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }} | {{ .Site.Title }}</title></head>"
            + "<body><nav><a href=\"/\">Home</a> <a href=\"/projects/\">Projects</a></nav><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        File.WriteAllText(Path.Combine(layouts, "single.html"), "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n");
        File.WriteAllText(Path.Combine(layouts, "list.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        for (var i = 0; i < catalog.Count; i++)
        {
            var slug = SyntheticCatalog.Slug(i);
            var page = new StringBuilder().Append("---\ntitle: \"").Append(slug).Append("\"\n---\n").Append(File.ReadAllText(catalog.Readme(i)));
            File.WriteAllText(Path.Combine(content, slug + ".md"), page.ToString());
        }

        return root;
    }

    public static string[] Arguments(string root, string output) => ["--quiet", "--source", root, "--destination", output];

    public static bool Installed() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, Program)));
}
