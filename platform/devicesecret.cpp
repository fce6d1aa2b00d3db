#include "devicesecret.h"

#include "platform/filedevicesecret.h"

namespace homevisit {

std::unique_ptr<DeviceSecret> createDeviceSecret(const QString &dataDir)
{
    return std::make_unique<FileDeviceSecret>(dataDir);
}

} // namespace homevisit
