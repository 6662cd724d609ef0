// Server and sync tests run against real servers; nothing of ours is mocked here.
export {};
