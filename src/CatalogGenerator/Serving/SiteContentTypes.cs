using Microsoft.AspNetCore.StaticFiles;

namespace FleetCatalog.Serving;

/// <summary>
/// The Content-Type for each file of a built site: ASP.NET Core's table, text types in UTF-8 (what the
/// build writes), and Pagefind's index files as opaque bytes; anything unknown is application/octet-stream.
/// </summary>
internal static class SiteContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = Create();

    public static string For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Provider.TryGetContentType(path, out var type) ? type : "application/octet-stream";
    }

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        var mappings = provider.Mappings;
        mappings[".html"] = "text/html; charset=utf-8";
        mappings[".htm"] = "text/html; charset=utf-8";
        mappings[".css"] = "text/css; charset=utf-8";
        mappings[".js"] = "text/javascript; charset=utf-8";
        mappings[".mjs"] = "text/javascript; charset=utf-8";
        mappings[".txt"] = "text/plain; charset=utf-8";
        mappings[".json"] = "application/json";
        mappings[".xml"] = "application/xml";
        mappings[".svg"] = "image/svg+xml";
        mappings[".webp"] = "image/webp";
        mappings[".wasm"] = "application/wasm";
        foreach (var pagefind in (string[])[".pf_meta", ".pf_index", ".pf_fragment", ".pagefind"])
        {
            mappings[pagefind] = "application/octet-stream";
        }

        return provider;
    }
}
