using static FleetCatalog.Diagnostics.DiagnosticSeverity;

namespace FleetCatalog.Diagnostics;

/// <summary>
/// Every diagnostic code the tool can report. Codes never change meaning once published; a retired
/// code is not reused. CAT000 the tool's own failures, CAT1xx reading files, CAT2xx manifest structure, CAT3xx hardware,
/// CAT4xx works-by-default, CAT5xx files and links,
/// CAT6xx catalog entries, CAT7xx sources (git, GitHub, logos).
/// </summary>
internal static class DiagnosticCodes
{
    // The tool itself
    public static readonly DiagnosticDescriptor InternalError = new("CAT000", "Internal error in a rule", Error);

    // Reading files
    public static readonly DiagnosticDescriptor FileTooLarge = new("CAT100", "File is too large", Error);
    public static readonly DiagnosticDescriptor NotUtf8Text = new("CAT101", "File is not UTF-8 text", Error);
    public static readonly DiagnosticDescriptor EmptyFile = new("CAT102", "File is empty", Error);
    public static readonly DiagnosticDescriptor YamlSyntaxError = new("CAT103", "YAML syntax error", Error);
    public static readonly DiagnosticDescriptor NestingTooDeep = new("CAT104", "YAML is nested too deeply", Error);
    public static readonly DiagnosticDescriptor AliasExpansionTooLarge = new("CAT105", "YAML aliases expand too far", Error);
    public static readonly DiagnosticDescriptor DuplicateKey = new("CAT106", "Duplicate key", Error);
    public static readonly DiagnosticDescriptor ManifestNotFound = new("CAT107", "No balena.yml found", Error);
    public static readonly DiagnosticDescriptor MultipleDocuments = new("CAT108", "More than one YAML document", Error);
    public static readonly DiagnosticDescriptor FileUnreadable = new("CAT109", "File cannot be read", Error);

    // Manifest structure
    public static readonly DiagnosticDescriptor TypeMissing = new("CAT200", "type is missing", Error);
    public static readonly DiagnosticDescriptor TypeInvalid = new("CAT201", "type is not sw.application or sw.block", Error);
    public static readonly DiagnosticDescriptor VersionNotSemver = new("CAT202", "version is not semver", Error);
    public static readonly DiagnosticDescriptor LegacyFlatLayout = new("CAT203", "Old flat (v1) manifest layout", Error);
    public static readonly DiagnosticDescriptor LegacyAssetsList = new("CAT204", "Old list-of-assets (v2) manifest layout", Error);
    public static readonly DiagnosticDescriptor UnknownKey = new("CAT205", "Unknown key", Error);
    public static readonly DiagnosticDescriptor NameMissing = new("CAT206", "name is missing", Warning);
    public static readonly DiagnosticDescriptor DescriptionMissing = new("CAT207", "description is missing", Warning);
    public static readonly DiagnosticDescriptor LogoMissing = new("CAT208", "Logo is missing", Warning);
    public static readonly DiagnosticDescriptor AmbiguousScalar = new("CAT209", "Value is read as a different number or boolean", Warning);
    public static readonly DiagnosticDescriptor WrongValueType = new("CAT210", "Value has the wrong type", Error);
    public static readonly DiagnosticDescriptor InvalidAsset = new("CAT211", "Asset is malformed", Error);

    // Hardware list
    public static readonly DiagnosticDescriptor UnknownDeviceType = new("CAT300", "Unknown device type", Error);
    public static readonly DiagnosticDescriptor DeviceTypeAlias = new("CAT301", "Device type alias instead of slug", Warning);
    public static readonly DiagnosticDescriptor DefaultDeviceTypeNotSupported = new("CAT302", "defaultDeviceType is not among supportedDeviceTypes", Error);
    public static readonly DiagnosticDescriptor DefaultDeviceTypeImplicit = new("CAT303", "Dashboard default (Raspberry Pi 4) is not supported", Error);
    public static readonly DiagnosticDescriptor SupportedDeviceTypesMissing = new("CAT304", "supportedDeviceTypes is missing or empty", Error);
    public static readonly DiagnosticDescriptor DiscontinuedDeviceType = new("CAT305", "Device type is discontinued", Warning);
    public static readonly DiagnosticDescriptor DeviceTypePendingDiscontinuation = new("CAT306", "Device type is pending discontinuation", Info);
    public static readonly DiagnosticDescriptor ImageArchitectureMismatch = new("CAT307", "Image cannot run on a listed board", Error);
    public static readonly DiagnosticDescriptor DuplicateDeviceType = new("CAT308", "Device type listed twice", Warning);

    // Works by default
    public static readonly DiagnosticDescriptor VariableWithoutDefault = new("CAT400", "Variable has no default", Error);
    public static readonly DiagnosticDescriptor PlaceholderDefault = new("CAT401", "Variable default is a placeholder", Error);
    public static readonly DiagnosticDescriptor ComposeVariableWithoutDefault = new("CAT402", "Service variable comes from the fleet but has no default", Error);
    public static readonly DiagnosticDescriptor SharedSecretDefault = new("CAT403", "Literal secret as a default", Warning);
    public static readonly DiagnosticDescriptor ConfigVariablePrefix = new("CAT404", "Config variable without BALENA_ or RESIN_ prefix", Error);
    public static readonly DiagnosticDescriptor InvalidVariableName = new("CAT405", "Invalid variable name", Error);
    public static readonly DiagnosticDescriptor ReservedEnvironmentVariablePrefix = new("CAT406", "Environment variable uses a reserved prefix", Error);
    public static readonly DiagnosticDescriptor DuplicateVariable = new("CAT407", "Variable defined twice", Warning);

    // Files and links
    public static readonly DiagnosticDescriptor ManifestNamedYaml = new("CAT500", "Manifest named balena.yaml", Error);
    public static readonly DiagnosticDescriptor ManifestInBalenaFolder = new("CAT501", "Manifest placed in .balena/", Error);
    public static readonly DiagnosticDescriptor LogoUrlIsWebPage = new("CAT502", "Logo URL is a web page, not the image", Error);
    public static readonly DiagnosticDescriptor LogoUrlNotHttps = new("CAT503", "Logo URL is not https", Error);
    public static readonly DiagnosticDescriptor LogoUrlNotImage = new("CAT504", "Logo URL does not name an image", Warning);
    public static readonly DiagnosticDescriptor RepositoryMismatch = new("CAT505", "assets.repository names another repository", Warning);
    public static readonly DiagnosticDescriptor ReadmeDeployButtonOtherRepository = new("CAT506", "README deploy button points at another repository", Warning);
    public static readonly DiagnosticDescriptor ReadmeDeployButtonWithoutRepoUrl = new("CAT507", "README deploy button has no repoUrl", Warning);

    // Catalog entries (projects/<slug>.yml)
    public static readonly DiagnosticDescriptor EntryUnknownKey = new("CAT600", "Unknown key in a catalog entry", Error);
    public static readonly DiagnosticDescriptor EntryRepositoryInvalid = new("CAT601", "Entry's repository is missing or not a git URL", Error);
    public static readonly DiagnosticDescriptor EntryUnknownCategory = new("CAT602", "Unknown category", Error);
    public static readonly DiagnosticDescriptor EntryInvalidDifficulty = new("CAT603", "Invalid difficulty", Error);
    public static readonly DiagnosticDescriptor EntryInvalidDuration = new("CAT604", "Invalid duration", Error);
    public static readonly DiagnosticDescriptor EntrySlugInvalid = new("CAT605", "Entry file name is not a valid slug", Error);
    public static readonly DiagnosticDescriptor EntryInvalidHardware = new("CAT606", "Invalid hardware item", Error);
    public static readonly DiagnosticDescriptor EntryWaiverInvalid = new("CAT607", "Invalid waiver", Error);
    public static readonly DiagnosticDescriptor EntryDuplicateRepository = new("CAT608", "Repository listed by two entries", Error);
    public static readonly DiagnosticDescriptor EntryWrongValueType = new("CAT609", "Entry value has the wrong type", Error);
    public static readonly DiagnosticDescriptor FindingWaived = new("CAT610", "Finding waived by the entry", Info);

    // Sources: git, GitHub, logos
    public static readonly DiagnosticDescriptor RepositoryNotFound = new("CAT700", "Repository not found", Error);
    public static readonly DiagnosticDescriptor FetchTimedOut = new("CAT701", "Fetch timed out", Error);
    public static readonly DiagnosticDescriptor FetchTooLarge = new("CAT702", "Fetch exceeds the size limit", Error);
    public static readonly DiagnosticDescriptor FetchFailed = new("CAT703", "Fetch failed", Error);
    public static readonly DiagnosticDescriptor ManifestMissingAtPath = new("CAT704", "No manifest at the entry's path", Error);
    public static readonly DiagnosticDescriptor GitHubRateLimited = new("CAT705", "GitHub rate limit reached", Warning);
    public static readonly DiagnosticDescriptor GitHubUnavailable = new("CAT706", "GitHub metadata unavailable", Warning);
    public static readonly DiagnosticDescriptor RepositoryArchived = new("CAT707", "Repository is archived", Warning);
    public static readonly DiagnosticDescriptor LogoOnOtherBranch = new("CAT708", "Logo URL on a branch other than the default", Warning);
    public static readonly DiagnosticDescriptor LogoInvalid = new("CAT709", "Logo cannot be used", Warning);
    public static readonly DiagnosticDescriptor StaleSnapshot = new("CAT710", "Using the last good snapshot", Warning);
    public static readonly DiagnosticDescriptor GuideMissing = new("CAT711", "Guide file missing", Warning);
    public static readonly DiagnosticDescriptor RefNotFound = new("CAT712", "Branch, tag or commit not found", Error);

    // Rendering: theme
    public static readonly DiagnosticDescriptor TemplateSyntaxError = new("CAT840", "Template syntax error", Error);
    public static readonly DiagnosticDescriptor LayoutNotFound = new("CAT841", "Layout not found", Error);
    public static readonly DiagnosticDescriptor PartialNotFound = new("CAT842", "Partial not found", Error);
    public static readonly DiagnosticDescriptor UnknownTemplateFilter = new("CAT843", "Unknown template filter", Error);
    public static readonly DiagnosticDescriptor TemplateRenderFailed = new("CAT844", "Template failed while rendering", Error);
    public static readonly DiagnosticDescriptor SiteLayoutUnused = new("CAT845", "Site layout replaces nothing", Warning);

    // Rendering: markdown
    public static readonly DiagnosticDescriptor GuideTooLong = new("CAT800", "Guide is too long and was cut short", Warning);
    public static readonly DiagnosticDescriptor GuideDeployButtonOtherRepository = new("CAT801", "Guide's deploy button deploys another repository", Warning);
    public static readonly DiagnosticDescriptor GuideMarkdownNestedTooDeeply = new("CAT802", "Guide's Markdown is nested too deeply", Warning);
    public static readonly DiagnosticDescriptor GuideHtmlNestedTooDeeply = new("CAT803", "Guide's HTML is nested too deeply or left open", Warning);
    public static readonly DiagnosticDescriptor GuideAnchorMissing = new("CAT804", "Guide links to a heading it does not have", Warning);

    // Rendering: output
    public static readonly DiagnosticDescriptor BrokenLink = new("CAT820", "Broken internal link", Error);
    public static readonly DiagnosticDescriptor LinkFragmentMissing = new("CAT821", "Link to a missing anchor", Error);

    // Search (Pagefind)
    public static readonly DiagnosticDescriptor SearchIndexFailed = new("CAT830", "Search index could not be built", Error);
    public static readonly DiagnosticDescriptor SearchSkipped = new("CAT831", "Search skipped: Pagefind is not available", Warning);
    public static readonly DiagnosticDescriptor SearchIndexEmpty = new("CAT832", "Search index has no pages", Warning);

    // Rendering: content (site/site.yml and site/learn/*.md)
    public static readonly DiagnosticDescriptor ContentUnknownKey = new("CAT860", "Unknown key in site.yml or front matter", Error);
    public static readonly DiagnosticDescriptor SiteSettingMissing = new("CAT861", "Required site setting is missing", Error);
    public static readonly DiagnosticDescriptor SiteSettingInvalid = new("CAT862", "Site setting is invalid", Error);
    public static readonly DiagnosticDescriptor SiteUnknownProject = new("CAT863", "Site names a project that is not in the catalog", Error);
    public static readonly DiagnosticDescriptor LearningPathUnknownPage = new("CAT864", "Learning path names a missing learn page", Error);
    public static readonly DiagnosticDescriptor LearnFrontMatterMissing = new("CAT865", "Learn page has no front matter", Error);
    public static readonly DiagnosticDescriptor LearnFrontMatterInvalid = new("CAT866", "Learn page front matter is invalid", Error);
    public static readonly DiagnosticDescriptor LearnUnknownDifficulty = new("CAT867", "Unknown difficulty on a learn page", Error);
    public static readonly DiagnosticDescriptor LearnDuplicateOrder = new("CAT868", "Two learn pages share an order", Warning);
    public static readonly DiagnosticDescriptor LearnSlugInvalid = new("CAT869", "Learn page file name is not a valid slug", Error);
    public static readonly DiagnosticDescriptor LearnPageEmpty = new("CAT870", "Learn page has no text", Warning);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();

    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}
