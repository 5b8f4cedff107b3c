using FleetCatalog.Diagnostics;

namespace FleetCatalog.Tests.Schemas;

/// <summary>
/// The one place that says which validator findings the JSON Schemas in <c>schemas/</c> can express, and so
/// what "the schema agrees with the validator" means (docs/editor-support.md points here).
/// <para>
/// <b>Exact</b> codes are those a schema states fully: a missing required key, a value of the wrong type, a
/// value outside a closed list (type, device types, categories, difficulty), a text that must match a pattern
/// (semver, durations, variable names). For these the schemas promise: <i>the validator reports one of them as an
/// error if and only if the schema refuses the file</i>, unless the file also has a partial code's error.
/// </para>
/// <para>
/// <b>Partial</b> codes are those a schema states only in part, so the schema may refuse a file for them but the
/// validator may also find them where the schema cannot: an unknown key that belongs at another level (a
/// near-miss spelling is judged by edit distance), a logo URL that is not https (the validator also parses the
/// URL), a repository that is no git URL at all. The promise: <i>whenever the schema refuses a file, the validator
/// reports an exact or partial code as an error</i>.
/// </para>
/// <para>
/// Everything else is out of a schema's reach and left to <c>catalog validate</c>: relations between values
/// (CAT302, the default board among the supported ones), other files (compose files, README, CAT307, CAT402,
/// CAT5xx file names), heuristics (CAT401 placeholders), several files at once (CAT608), the file's name
/// (CAT605), and reading the file at all (CAT1xx: a file that is no YAML has no JSON for a schema to judge).
/// </para>
/// </summary>
internal static class SchemaExpressibleCodes
{
    public static IReadOnlySet<string> ManifestExact { get; } = Codes(
        DiagnosticCodes.TypeMissing,
        DiagnosticCodes.TypeInvalid,
        DiagnosticCodes.VersionNotSemver,
        DiagnosticCodes.LegacyFlatLayout,
        DiagnosticCodes.LegacyAssetsList,
        DiagnosticCodes.WrongValueType,
        DiagnosticCodes.InvalidAsset,
        DiagnosticCodes.UnknownDeviceType,
        DiagnosticCodes.DefaultDeviceTypeImplicit,
        DiagnosticCodes.SupportedDeviceTypesMissing,
        DiagnosticCodes.VariableWithoutDefault,
        DiagnosticCodes.ConfigVariablePrefix,
        DiagnosticCodes.InvalidVariableName,
        DiagnosticCodes.ReservedEnvironmentVariablePrefix);

    /// <summary>CAT205: keys of another level (top-level 'logo', 'build-variables', 'name' under 'data'). CAT502/503: a logo URL that is not https.</summary>
    public static IReadOnlySet<string> ManifestPartial { get; } = Codes(
        DiagnosticCodes.UnknownKey,
        DiagnosticCodes.LogoUrlIsWebPage,
        DiagnosticCodes.LogoUrlNotHttps);

    public static IReadOnlySet<string> EntryExact { get; } = Codes(
        DiagnosticCodes.EntryUnknownKey,
        DiagnosticCodes.EntryUnknownCategory,
        DiagnosticCodes.EntryInvalidDifficulty,
        DiagnosticCodes.EntryInvalidDuration,
        DiagnosticCodes.EntryInvalidHardware,
        DiagnosticCodes.EntryWaiverInvalid,
        DiagnosticCodes.EntryWrongValueType);

    /// <summary>CAT601: the schema refuses a missing, empty or scheme-less repository; which URLs git can clone is the validator's to say.</summary>
    public static IReadOnlySet<string> EntryPartial { get; } = Codes(DiagnosticCodes.EntryRepositoryInvalid);

    private static HashSet<string> Codes(params DiagnosticDescriptor[] descriptors) => [.. descriptors.Select(d => d.Code)];
}
