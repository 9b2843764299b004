// Compiler support types that netstandard2.0 lacks; the compiler finds them by name.

namespace System.Runtime.CompilerServices
{
    /// <summary>Lets records and <c>init</c> accessors compile.</summary>
    internal static class IsExternalInit
    {
    }

    /// <summary>Lets <c>required</c> members compile.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    internal sealed class RequiredMemberAttribute : Attribute
    {
    }

    /// <summary>Lets <c>required</c> members compile.</summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    internal sealed class CompilerFeatureRequiredAttribute(string featureName) : Attribute
    {
        public string FeatureName { get; } = featureName;

        public bool IsOptional { get; init; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>Marks the copy constructor of a record with <c>required</c> members.</summary>
    [AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
    internal sealed class SetsRequiredMembersAttribute : Attribute
    {
    }
}
