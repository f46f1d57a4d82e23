// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>Thrown when a shader-only API (thread ids, buffer indexers) is used outside a dispatch.</summary>
public sealed class InvalidExecutionContextException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidExecutionContextException"/> class.</summary>
    /// <param name="memberName">The shader-only member that was used.</param>
    internal InvalidExecutionContextException(string memberName)
        : base("The invoked API can only be used from within an HLSL shader.")
    {
        this.MemberName = memberName;
    }

    /// <summary>Gets the name of the member that was used outside a shader.</summary>
    public string MemberName { get; }
}
