using System.Collections.Frozen;
using System.Text;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace FleetCatalog.Rendering.Templates;

/// <summary>
/// Serves the already-parsed templates to Fluid's <c>render</c> and <c>include</c> tags, as both its file provider
/// and its template cache, so a partial is never read or parsed again while pages render. Immutable after
/// construction: safe to share between threads. A template with a syntax error is "not found" here; its
/// syntax error was reported when the theme was loaded.
/// </summary>
// FLUID001: ITemplateCache is marked experimental. Without it Fluid would parse each partial once more and keep
// its own copy; with it, partials come from the single parse done at load. Revisit on a Fluid upgrade.
#pragma warning disable FLUID001
internal sealed class ThemeTemplateStore : IFileProvider, ITemplateCache
#pragma warning restore FLUID001
{
    public const string Extension = ".liquid";

    private readonly FrozenDictionary<string, ThemeTemplate> templates;

    public ThemeTemplateStore(IEnumerable<ThemeTemplate> templates)
    {
        this.templates = templates.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => templates.Keys;

    public static string NameOf(string path)
    {
        var name = path.Replace('\\', '/').TrimStart('/');
        return name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : name;
    }

    public ThemeTemplate? Find(string name) => templates.GetValueOrDefault(NameOf(name));

    public IFileInfo GetFileInfo(string subpath) =>
        Find(subpath) is { Template: not null } found ? new TemplateFileInfo(found) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public bool TryGetTemplate(string path, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        template = Find(path)?.Template!;
        return template is not null;
    }

    // Everything is parsed up front; nothing new is ever cached.
    public void SetTemplate(string path, DateTimeOffset lastModified, IFluidTemplate template)
    {
    }

    private sealed class TemplateFileInfo(ThemeTemplate template) : IFileInfo
    {
        public bool Exists => true;

        public long Length => Encoding.UTF8.GetByteCount(template.Source);

        public string? PhysicalPath => null;

        public string Name => template.Name + Extension;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(Encoding.UTF8.GetBytes(template.Source), writable: false);
    }
}
