using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Entries;

/// <summary>Reads entry text against a small fixed category list, so tests do not depend on site/categories.yml.</summary>
internal static class EntryTesting
{
    public static CategoryList Categories { get; } = new(
    [
        new Category("media", "Media & audio", "Music and sound."),
        new Category("home-automation", "Home automation", "Lights and switches."),
        new Category("networking", "Networking & security", "VPNs and DNS."),
    ]);

    public static (CatalogEntry? Entry, ImmutableArray<Diagnostic> Diagnostics) Read(string yaml, string file = "projects/thing.yml") =>
        CatalogEntryReader.Read(yaml, file, Categories);

    public static Diagnostic Single(string yaml, DiagnosticDescriptor code, string file = "projects/thing.yml") =>
        Assert.Single(Read(yaml, file).Diagnostics.WithCode(code));

    public static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
    }
}
