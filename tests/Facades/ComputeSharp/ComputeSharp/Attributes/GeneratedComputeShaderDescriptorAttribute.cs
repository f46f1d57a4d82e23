// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// Marks a shader whose descriptor the real source generator writes (HLSL, bytecode, and the
/// <c>IComputeShaderDescriptor&lt;T&gt;</c> interface). The facade has no generator; its dispatcher only
/// checks that the attribute is present, as the generator requires.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false)]
public sealed class GeneratedComputeShaderDescriptorAttribute : Attribute;
