namespace MmapRecords.Generator;

/// <summary>The names of the generator's incremental steps, so that tests can check each step's caching.</summary>
internal static class TrackingNames
{
    public const string ParsedRecords = nameof(ParsedRecords);
    public const string Records = nameof(Records);
    public const string ValidRecords = nameof(ValidRecords);
    public const string StrayFields = nameof(StrayFields);
    public const string LanguageVersion = nameof(LanguageVersion);
}
