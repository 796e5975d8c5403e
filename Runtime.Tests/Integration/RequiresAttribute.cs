using System;
using DynamoGen.Testing;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace DynamoGen.Tests;

/// <summary>
/// Marks a test that needs features some local engines lack: on such an engine it is skipped with a message naming the
/// engine, the missing feature and the engines that run it (CI runs every test on dynalite and on DynamoDB Local, so no
/// test is skipped on both). For tests, such as FsCheck properties, whose body cannot call <see cref="LocalDynamoSetup.Require"/> first.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresAttribute(LocalDynamoFeatures features) : Attribute, ITestAction
{
    public LocalDynamoFeatures Features { get; } = features;

    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test) => LocalDynamoSetup.Require(Features);

    public void AfterTest(ITest test)
    {
    }
}
