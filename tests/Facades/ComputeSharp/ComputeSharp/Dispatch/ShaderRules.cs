// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ComputeSharp;

/// <summary>
/// The build-time rules of ComputeSharp's generator that reflection can see, checked at the first dispatch
/// of each shader type so a shader that would not compile on Windows fails on Linux too: readonly
/// non-generic struct (CMPS0054/0057), both attributes (CMPS0047), a legal thread group shape, fields that
/// are buffers or 32-bit scalars only, and the 64-DWORD root signature budget (CMPS0041). Rules about the
/// method bodies (no Math, no allocations, …) need the real generator; docs/GPU.md lists them for review.
/// </summary>
internal static class ShaderRules
{
    private const int RootSignatureDwords = 64;
    private static readonly ConcurrentDictionary<Type, ThreadGroupSizeAttribute> Checked = new();

    /// <summary>Checks a shader type once and returns its thread group shape.</summary>
    /// <param name="shaderType">The shader type.</param>
    /// <returns>The thread group size.</returns>
    public static ThreadGroupSizeAttribute Check(Type shaderType) => Checked.GetOrAdd(shaderType, Validate);

    /// <summary>Gets the read-write buffers a shader binds (the resources a UAV barrier is about).</summary>
    /// <param name="shader">The shader.</param>
    /// <returns>The buffers.</returns>
    public static IEnumerable<object> ReadWriteBuffers(object shader) =>
        shader.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(field => field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(ReadWriteBuffer<>))
            .Select(field => field.GetValue(shader))
            .OfType<object>()
            .Distinct(ReferenceEqualityComparer.Instance)
            .ToArray();

    private static ThreadGroupSizeAttribute Validate(Type type)
    {
        Require(type.IsValueType && type.IsDefined(typeof(IsReadOnlyAttribute)), type, "must be a readonly struct (CMPS0057)");
        Require(!type.IsGenericType && (type.DeclaringType is null || !type.DeclaringType.IsGenericType), type, "must not be generic (CMPS0054)");
        Require(type.IsDefined(typeof(GeneratedComputeShaderDescriptorAttribute)), type, "needs [GeneratedComputeShaderDescriptor]");
        ThreadGroupSizeAttribute group = type.GetCustomAttribute<ThreadGroupSizeAttribute>()
            ?? throw new NotSupportedException($"{type.Name} needs [ThreadGroupSize] to be compiled at build time (CMPS0047).");
        Require(group.ThreadsX is >= 1 and <= 1024 && group.ThreadsY is >= 1 and <= 1024 && group.ThreadsZ is >= 1 and <= 64, type, "has an invalid thread group size");
        Require(group.ThreadsX * group.ThreadsY * group.ThreadsZ <= 1024, type, "has more than 1024 threads per group");

        // The generated cbuffer starts with the dispatch size (__x, __y, __z); each scalar field adds one
        // DWORD and each resource one descriptor-table DWORD.
        int dwords = 3;
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Type t = field.FieldType;
            bool isScalar = t == typeof(int) || t == typeof(uint) || t == typeof(float);
            bool isBuffer = t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(ReadOnlyBuffer<>) || t.GetGenericTypeDefinition() == typeof(ReadWriteBuffer<>));
            Require(isScalar || isBuffer, type, $"field {field.Name} of type {t.Name} is not a buffer or 32-bit scalar");
            dwords++;
        }

        Require(dwords <= RootSignatureDwords, type, $"needs {dwords} root signature DWORDs, more than {RootSignatureDwords} (CMPS0041)");
        return group;
    }

    private static void Require(bool condition, Type type, string rule)
    {
        if (!condition)
        {
            throw new NotSupportedException($"Shader {type.Name} {rule}.");
        }
    }
}
