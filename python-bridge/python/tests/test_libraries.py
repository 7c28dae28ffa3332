import os
import sys

from quern_satellite.session import use_libraries


def test_private_libraries_come_first_and_both_directories_are_in_the_documented_variables(monkeypatch, tmp_path):
    user, shared = tmp_path / "user", tmp_path / "shared"
    for d, version in ((user, "private"), (shared, "public")):
        (d / "quernlibtest").mkdir(parents=True)
        (d / "quernlibtest" / "__init__.py").write_text(f"WHICH = {version!r}\n")
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setenv("MRS_EXTLIB_USER_PATH", "before")  # restored after the test
    monkeypatch.setenv("MRS_EXTLIB_SHARED_PATH", "before")
    monkeypatch.delitem(sys.modules, "quernlibtest", raising=False)
    use_libraries(str(user), str(shared))
    import quernlibtest

    assert quernlibtest.WHICH == "private"
    assert sys.path[:2] == [str(user), str(shared)]
    assert os.environ["MRS_EXTLIB_USER_PATH"] == str(user)
    assert os.environ["MRS_EXTLIB_SHARED_PATH"] == str(shared)
    del sys.modules["quernlibtest"]


def test_no_libraries_leave_the_path_alone_and_the_variables_empty(monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setenv("MRS_EXTLIB_USER_PATH", "before")  # restored after the test
    monkeypatch.setenv("MRS_EXTLIB_SHARED_PATH", "before")
    before = list(sys.path)
    use_libraries("", "")
    assert sys.path == before
    assert os.environ["MRS_EXTLIB_USER_PATH"] == ""
    assert os.environ["MRS_EXTLIB_SHARED_PATH"] == ""
