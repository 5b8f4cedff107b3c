using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Entries;

/// <summary>The categories, or null when site/categories.yml is missing or unusable, and what is wrong with it.</summary>
internal sealed record CategoryListResult(CategoryList? Categories, ImmutableArray<Diagnostic> Diagnostics);
