import { describe, expect, it } from 'vitest';
import { assessAddressDetail } from './assess-address-detail';

describe('assessAddressDetail', () => {
  it.each([
    ['科技园南路**号', 'Taobao masks the digits but keeps 号'],
    ['科技园南路18号腾讯滨海大厦', 'clear house number'],
    ['科技园南路１８号', 'full-width digits'],
    ['幸福小区3栋2单元501室', 'building, unit and room'],
    ['龙华街道***小区*栋***', 'masked building number'],
    ['望京SOHO T1座 1702', 'tower and room'],
    ['幸福里3-2-501', 'dashed building-unit-room'],
    ['张家村七组', 'village group with a Chinese numeral'],
    ['万达广场B座10楼', 'tower letter and floor'],
    ['中关村大街27号东门口', 'a landmark next to a number is still deliverable'],
  ])('calls %s specific (%s)', (detail) => {
    expect(assessAddressDetail(detail)).toMatchObject({ verdict: 'specific', hasHouseNumber: true });
  });

  it.each([
    ['人民医院门口', ['门口']],
    ['万象城****门口', ['门口']],
    ['地铁站附近，到了打电话', ['附近', '到了打电话']],
    ['沃尔玛斜对面的小卖部', ['对面']],
    ['红旗路小学旁边', ['旁边']],
    ['解放路和中山路交叉口', ['交叉口']],
  ])('calls %s vague with landmarks %j', (detail, landmarks) => {
    expect(assessAddressDetail(detail)).toMatchObject({ verdict: 'vague', landmarks, hasHouseNumber: false });
  });

  it('calls a clear detail without any number vague, unless numbers are not required', () => {
    expect(assessAddressDetail('建设路老邮局')).toMatchObject({ verdict: 'vague', landmarks: [] });
    expect(assessAddressDetail('建设路老邮局', { requireHouseNumber: false }).verdict).toBe('specific');
  });

  it.each<[string | undefined, string]>([
    ['科技园南路****', 'the number may be under the mask'],
    ['**********', 'fully masked (PDD style)'],
    ['', 'empty'],
    [undefined, 'missing'],
  ])('cannot tell for %j (%s)', (detail) => {
    expect(assessAddressDetail(detail).verdict).toBe('unknown');
  });

  it('takes custom keyword and marker lists', () => {
    expect(assessAddressDetail('菜鸟驿站代收', { landmarkKeywords: ['驿站'] })).toMatchObject({
      verdict: 'vague',
      landmarks: ['驿站'],
    });
    expect(assessAddressDetail('幸福里8号', { houseNumberMarkers: [] })).toMatchObject({ verdict: 'vague' });
    expect(assessAddressDetail('城南新村8排', { houseNumberMarkers: ['排'] })).toMatchObject({
      verdict: 'specific',
    });
  });
});
